package org.jsis.border;

import org.jsis.platform.web.InvalidParameterException;
import org.jspecify.annotations.Nullable;

/** Input to the border module that is not acceptable, as the shared problem+json handler answers it. */
public final class BorderInput {

    private BorderInput() {}

    /**
     * A field (a body path such as {@code document.birthDate}) or a query parameter ({@code state...},
     * {@code batchSize}) at fault: 400 problem+json naming it, the expected form and the value sent.
     */
    public static InvalidParameterException invalid(String field, String expected, @Nullable Object rejectedValue) {
        String in = field.startsWith("state") || field.equals("batchSize") ? "query" : "body";
        return InvalidParameterException.of(in, field, expected, rejectedValue);
    }
}
