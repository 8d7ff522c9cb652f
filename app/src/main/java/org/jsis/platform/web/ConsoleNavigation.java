package org.jsis.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a console page in the shared navigation bar: annotate the page's controller, and the layout
 * shows the link; that one line is all a module adds. With {@link #roles()}, only users holding one of
 * the roles see the link (the page itself must still check them).
 *
 * {@snippet :
 * @Controller
 * @ConsoleNavigation(path = "/register", label = "register.nav", order = ConsoleNavigation.REGISTER)
 * class RegisterPageController { ... }
 * }
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ConsoleNavigation {

    /** Slot of the organisation's home page. */
    int HOME = 0;
    /** Slot of the register (watch-list) pages. */
    int REGISTER = 20;
    /** Slot of the border-check pages. */
    int BORDER = 30;
    /** Slot of the audit pages. */
    int AUDIT = 40;
    /** Slot of the administration pages. */
    int ADMIN = 90;

    /** The page's path, as the link's target (for example {@code /register}). */
    String path();

    /** Key of the link text in the message bundles (for example {@code register.nav}). */
    String label();

    /** Position in the bar, lowest first; use the slot constants above. */
    int order();

    /**
     * Role names (without {@code ROLE_}, e.g. {@code AUDITOR}) of which the user must hold one to see the
     * link; empty: everyone sees it.
     */
    String[] roles() default {};
}
