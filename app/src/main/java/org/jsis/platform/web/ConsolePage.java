package org.jsis.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller that renders console pages with the shared layout. The layout's model attributes
 * ({@code layout}, {@code userMenu}) are computed for these controllers and for the error pages only; a
 * {@code @ControllerAdvice} with model attributes for every controller made each JSON API request build and
 * invoke them too (about 8% of a single crossing's request CPU, docs/benchmarks/border.md, border6). Every
 * {@code @Controller} that is not a {@code @RestController} needs it ({@code ConsolePageTests} checks).
 *
 * {@snippet :
 * @Controller
 * @ConsolePage
 * @ConsoleNavigation(path = "/register", label = "register.nav", order = ConsoleNavigation.REGISTER)
 * class RegisterPageController { ... }
 * }
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ConsolePage {}
