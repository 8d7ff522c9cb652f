package org.jsis.security.web;

import java.util.Locale;
import org.jsis.organisation.OrganisationDirectory;
import org.jsis.platform.web.ConsolePage;
import org.jsis.security.CurrentCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the {@code userMenu} model attribute that the layout's user menu
 * ({@code templates/security/user-menu.html}) shows: {@code null} when nobody is signed in.
 */
@ControllerAdvice(annotations = ConsolePage.class, assignableTypes = ErrorController.class)
class UserMenuAdvice {

    /** Through a provider: web slice tests ({@code @WebMvcTest}) load this advice without the organisation module. */
    private final ObjectProvider<OrganisationDirectory> directory;

    UserMenuAdvice(ObjectProvider<OrganisationDirectory> directory) {
        this.directory = directory;
    }

    @ModelAttribute("userMenu")
    @Nullable
    UserMenu userMenu(Locale locale) {
        return CurrentCaller.get()
                .map(caller -> new UserMenu(caller, locale, directory))
                .orElse(null);
    }
}
