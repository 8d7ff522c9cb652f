package org.jsis.organisation;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An agency that users belong to: a member state's service or ministry, or one of the organisation's
 * own working bodies (then {@code stateCode} is {@code null}).
 *
 * @param code stable identifier, e.g. {@code KGZ-BORDER} or {@code CSTO-SEC}
 */
public record Agency(
        String code,
        @Nullable String stateCode,
        Kind kind,
        String nameEn,
        String nameRu,
        @Nullable String nameLocal) {

    public enum Kind {
        BORDER,
        MIGRATION,
        SECURITY,
        DEFENCE,
        INTERIOR,
        FOREIGN,
        SECRETARIAT,
        JOINT_STAFF
    }

    /** Whether this agency belongs to the organisation itself rather than to a member state. */
    public boolean isOrganisationLevel() {
        return stateCode == null;
    }

    public String name(Locale locale) {
        return Localized.pick(locale, nameEn, nameRu);
    }
}
