package org.jsis.security;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.jsis.security.internal.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A record's owner and distribution, as stored in its {@code owner_state}, {@code distribution} and
 * {@code shared_with} columns.
 *
 * <p>Only the owner may know every state a record is shared with: answer with {@link #viewFor(Caller)},
 * which keeps the full list for the owner and, for anyone else, only the viewer's own state when the
 * record is shared with it ({@code sharedWith = [viewer]}), otherwise an empty list.
 *
 * @param owner the owning member state
 * @param distribution who besides the owner may see the record
 * @param sharedWith the recipient states of a {@code SELECTED_STATES} record (sorted, without the owner);
 *     empty for the other distributions
 */
public record Sharing(String owner, Distribution distribution, List<String> sharedWith) {

    public Sharing {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(distribution, "distribution");
        sharedWith = List.copyOf(new TreeSet<>(sharedWith));
    }

    /**
     * Validates a distribution given in a request: SELECTED_STATES needs at least one other state,
     * the others take none; every code must be a three-letter upper-case code (whether it names a member
     * state is checked by the database's foreign keys or by the caller).
     *
     * @throws InvalidInputException (400 naming {@code sharedWith} or {@code distribution})
     */
    public static Sharing of(String owner, Distribution distribution, @Nullable List<String> sharedWith) {
        List<String> with = sharedWith == null ? List.of() : sharedWith;
        for (String code : with) {
            if (code == null || !code.matches("[A-Z]{3}")) {
                throw new InvalidInputException(
                        "sharedWith", "a list of three-letter member state codes (e.g. ARM, KAZ)", code);
            }
        }
        if (distribution == Distribution.SELECTED_STATES) {
            if (with.isEmpty() || with.stream().allMatch(owner::equals)) {
                throw new InvalidInputException(
                        "sharedWith", "at least one member state other than the owner for SELECTED_STATES", with);
            }
        } else if (!with.isEmpty()) {
            throw new InvalidInputException("sharedWith", "empty unless distribution is SELECTED_STATES", with);
        }
        return new Sharing(
                owner, distribution, with.stream().filter(c -> !c.equals(owner)).toList());
    }

    /** The stored {@code shared_with} column as a Java array. */
    public String[] sharedWithArray() {
        return sharedWith.toArray(String[]::new);
    }

    /** What {@code viewer} may know: everything for the owner; for others, only whether it is shared with them. */
    public Sharing viewFor(Caller viewer) {
        return viewFor(viewer.stateCode());
    }

    /** As {@link #viewFor(Caller)}, for a viewer state ({@code null}: the Secretariat). */
    public Sharing viewFor(@Nullable String viewerState) {
        if (owner.equals(viewerState)) {
            return this;
        }
        List<String> mine = viewerState != null && sharedWith.contains(viewerState) ? List.of(viewerState) : List.of();
        return new Sharing(owner, distribution, mine);
    }

    /** Whether the record is shared with {@code state} by name (not counting ALL_MEMBERS or ownership). */
    public boolean sharedWith(@Nullable String state) {
        return state != null && sharedWith.contains(state);
    }
}
