package org.jsis.register;

import java.util.List;
import java.util.UUID;
import org.jsis.namematch.Explanation;

/**
 * One register entity that matches a screened name.
 *
 * @param entityId the register entity
 * @param score the matcher's calibrated score in [0, 1]
 * @param matchedName the entity's name that matched best
 * @param explanation why it matched, in one readable line
 * @param explanationDetail the same, structured: matched name parts and how, missing and extra parts,
 *     birth date and nationality adjustments
 * @param caption the entity's primary name
 * @param designations the entity's designations, oldest first, including ended ones
 */
public record ScreeningHit(
        UUID entityId,
        double score,
        String matchedName,
        String explanation,
        Explanation explanationDetail,
        String caption,
        EntityType kind,
        String status,
        String ownerState,
        List<Designation> designations) {}
