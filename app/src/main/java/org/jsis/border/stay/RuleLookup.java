package org.jsis.border.stay;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The stay rule version that applies to one traveller in one host state on a given day. */
@FunctionalInterface
public interface RuleLookup {

    /** The applicable version on {@code day}, or {@code null} when no rule covers that day. */
    @Nullable
    StayRule on(LocalDate day);

    /** Looks up among {@code versions} (of one rule, or of rules for one group) by validity. */
    static RuleLookup of(List<StayRule> versions) {
        return day -> {
            for (StayRule r : versions) {
                if (r.appliesOn(day)) {
                    return r;
                }
            }
            return null;
        };
    }
}
