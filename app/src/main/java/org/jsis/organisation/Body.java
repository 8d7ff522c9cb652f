package org.jsis.organisation;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A body of the organisation, one of its forces, or a partner organisation. */
public record Body(
        String code,
        Kind kind,
        String nameEn,
        String nameRu,
        @Nullable String descriptionEn,
        @Nullable String descriptionRu,
        @Nullable String headTitleEn,
        @Nullable String headTitleRu,
        @Nullable String headNameEn,
        @Nullable String headNameRu,
        @Nullable LocalDate established,
        Status status,
        @Nullable String source) {

    public enum Kind {
        COUNCIL,
        PERMANENT,
        EXECUTIVE,
        COMMITTEE,
        WORKING_GROUP,
        FORCE,
        PARTNER
    }

    public enum Status {
        ACTIVE,
        BEING_FORMED,
        PARTNER
    }

    public String name(Locale locale) {
        return Localized.pick(locale, nameEn, nameRu);
    }

    public @Nullable String description(Locale locale) {
        return Localized.pickNullable(locale, descriptionEn, descriptionRu);
    }

    public @Nullable String headTitle(Locale locale) {
        return Localized.pickNullable(locale, headTitleEn, headTitleRu);
    }

    public @Nullable String headName(Locale locale) {
        return Localized.pickNullable(locale, headNameEn, headNameRu);
    }
}
