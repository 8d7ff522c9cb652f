package org.jsis.organisation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.jsis.organisation.Agency;
import org.jsis.organisation.Body;
import org.jsis.organisation.ChairmanshipTerm;
import org.jsis.organisation.MemberState;
import org.jsis.organisation.MembershipPeriod;
import org.jsis.organisation.MembershipStatus;
import org.jsis.organisation.Standing;
import org.jspecify.annotations.Nullable;

/** JSON shapes of the organisation API. Dates are ISO 8601; every range is half-open [from, until). */
final class ApiItems {

    private ApiItems() {}

    @Schema(description = "A member state and, on the requested date, its standing")
    record MemberStateItem(
            @Schema(example = "KGZ", description = "ISO 3166-1 alpha-3")
            String code,

            @Schema(example = "KG", description = "ISO 3166-1 alpha-2")
            String alpha2,

            @Schema(example = "Kyrgyzstan") String nameEn,
            @Schema(example = "Киргизия") String nameRu,

            @Schema(example = "Кыргызстан", description = "name in the state language")
            String nameLocal,

            @Schema(example = "ky", description = "ISO 639-1 code of the state language")
            String localLanguage,

            @Schema(description = "standing on the requested date") @Nullable
            MembershipStatus status,

            @Schema(description = "first day of the standing's current stretch") @Nullable
            LocalDate since,

            @Schema(description = "first day a recorded change takes effect; absent if none is recorded") @Nullable
            LocalDate until,

            @Nullable String note) {

        static MemberStateItem of(Standing s) {
            MemberState st = s.state();
            return new MemberStateItem(
                    st.code(),
                    st.alpha2(),
                    st.nameEn(),
                    st.nameRu(),
                    st.nameLocal(),
                    st.localLanguage(),
                    s.status(),
                    s.since(),
                    s.until(),
                    s.note());
        }

        static MemberStateItem of(MemberState st) {
            return new MemberStateItem(
                    st.code(),
                    st.alpha2(),
                    st.nameEn(),
                    st.nameRu(),
                    st.nameLocal(),
                    st.localLanguage(),
                    null,
                    null,
                    null,
                    null);
        }
    }

    @Schema(description = "One recorded membership period, [validFrom, validUntil)")
    record MembershipPeriodItem(
            MembershipStatus status,
            LocalDate validFrom,

            @Schema(description = "first day after the period; absent when open-ended") @Nullable
            LocalDate validUntil,

            @Nullable String note) {

        static MembershipPeriodItem of(MembershipPeriod p) {
            return new MembershipPeriodItem(p.status(), p.validFrom(), p.validUntil(), p.note());
        }
    }

    @Schema(description = "A body of the organisation, one of its forces, or a partner organisation")
    record BodyItem(
            @Schema(example = "SEC") String code,
            Body.Kind kind,
            Body.Status status,
            String nameEn,
            String nameRu,
            @Nullable String descriptionEn,
            @Nullable String descriptionRu,
            @Nullable String headTitleEn,
            @Nullable String headTitleRu,
            @Nullable String headNameEn,
            @Nullable String headNameRu,
            @Nullable LocalDate established,

            @Schema(description = "where the facts come from") @Nullable
            String source) {

        static BodyItem of(Body b) {
            return new BodyItem(
                    b.code(),
                    b.kind(),
                    b.status(),
                    b.nameEn(),
                    b.nameRu(),
                    b.descriptionEn(),
                    b.descriptionRu(),
                    b.headTitleEn(),
                    b.headTitleRu(),
                    b.headNameEn(),
                    b.headNameRu(),
                    b.established(),
                    b.source());
        }
    }

    @Schema(description = "A chairmanship term, [validFrom, validUntil)")
    record ChairmanshipItem(
            @Schema(example = "KGZ") String state,
            String nameEn,
            String nameRu,
            @Schema(example = "2008-01-01") LocalDate validFrom,

            @Schema(example = "2008-07-01", description = "first day after the term")
            LocalDate validUntil,

            @Nullable String note) {

        static ChairmanshipItem of(ChairmanshipTerm t) {
            return new ChairmanshipItem(
                    t.state().code(), t.state().nameEn(), t.state().nameRu(), t.validFrom(), t.validUntil(), t.note());
        }
    }

    @Schema(description = "An agency users belong to; state absent for the organisation's own agencies")
    record AgencyItem(
            @Schema(example = "KGZ-BORDER") String code,
            @Schema(example = "KGZ") @Nullable String state,
            Agency.Kind kind,
            String nameEn,
            String nameRu,
            @Nullable String nameLocal) {

        static AgencyItem of(Agency a) {
            return new AgencyItem(a.code(), a.stateCode(), a.kind(), a.nameEn(), a.nameRu(), a.nameLocal());
        }
    }
}
