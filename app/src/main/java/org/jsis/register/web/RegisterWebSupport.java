package org.jsis.register.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Who owns what the web layer creates. */
@Component
class RegisterWebSupport {

    private final String defaultOwner;

    RegisterWebSupport(@Value("${jsis.register.default-owner:RUS}") String defaultOwner) {
        this.defaultOwner = defaultOwner;
    }

    /** The owner of an import: the one asked for, else the configured default. */
    String importOwner(String requested) {
        return requested == null || requested.isBlank() ? defaultOwner : requested;
    }
}
