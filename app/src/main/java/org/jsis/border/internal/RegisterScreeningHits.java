package org.jsis.border.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsis.audit.Purpose;
import org.jsis.border.BorderCheckResult;
import org.jsis.border.DocumentData;
import org.jsis.border.RegisterHits;
import org.jsis.register.EntityType;
import org.jsis.register.RegisterScreening;
import org.jsis.register.ScreeningHit;
import org.jsis.register.ScreeningRequest;
import org.jsis.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Register hits through the register module's screening API (its matcher, its visibility rule and its
 * audit entry with purpose BORDER_CHECK): each name of the document is screened as a person, with
 * the birth date and nationality moving the score.
 */
@Component
class RegisterScreeningHits implements RegisterHits {

    private final RegisterScreening screening;

    RegisterScreeningHits(RegisterScreening screening) {
        this.screening = screening;
    }

    @Override
    public List<BorderCheckResult.Reason> screen(List<String> names, DocumentData doc, Caller caller) {
        List<BorderCheckResult.Reason> reasons = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (String name : names) {
            ScreeningRequest request = new ScreeningRequest(
                    name,
                    doc.birthDate() == null ? null : doc.birthDate().toString(),
                    doc.nationality(),
                    EntityType.PERSON,
                    Purpose.BORDER_CHECK,
                    null,
                    5);
            for (ScreeningHit h : screening.screen(request, caller)) {
                if (!seen.add(h.entityId())) {
                    continue;
                }
                double score = Math.round(h.score() * 1000) / 1000.0;
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("entityId", h.entityId());
                details.put("caption", h.caption());
                details.put("score", score);
                details.put("matchedName", h.matchedName());
                details.put("explanation", h.explanation());
                details.put("status", h.status());
                details.put("designations", h.designations());
                reasons.add(new BorderCheckResult.Reason(
                        "REGISTER",
                        "HIT",
                        h.ownerState(),
                        "Register: " + h.caption() + " (score " + score + "; " + h.explanation() + ")",
                        details));
            }
        }
        return reasons;
    }
}
