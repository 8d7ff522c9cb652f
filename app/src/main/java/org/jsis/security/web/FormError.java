package org.jsis.security.web;

import java.util.Locale;
import org.jsis.security.internal.InvalidInputException;
import org.springframework.context.MessageSource;

/**
 * An input a security service refused, as a console page shows it next to its form: the field and a
 * message in the page's language ({@code security.form.error.<field>}, else the service's English detail).
 *
 * @param field the form field at fault, without a list index ({@code roles}, not {@code roles[0]})
 * @param message what to tell the user
 */
public record FormError(String field, String message) {

    static FormError of(InvalidInputException e, MessageSource messages, Locale locale) {
        String field = e.field().replaceFirst("\\[\\d+]$", "");
        String detail = e.getBody().getDetail();
        return new FormError(
                field,
                messages.getMessage("security.form.error." + field, null, detail == null ? field : detail, locale));
    }

    static FormError of(String field, MessageSource messages, Locale locale) {
        return new FormError(field, messages.getMessage("security.form.error." + field, null, field, locale));
    }
}
