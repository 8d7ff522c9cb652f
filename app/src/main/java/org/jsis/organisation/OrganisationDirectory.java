package org.jsis.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jsis.organisation.internal.OrganisationRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's reference data, for any date: who is a member, the bodies, who chairs, and the
 * agencies users belong to. This is the module's API for the other modules.
 *
 * <p>Membership has valid time: every change is recorded as a new {@link MembershipPeriod}, never by
 * overwriting one. On a given day, among the periods of a state that cover it, the one that started
 * last is in force.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

    private final OrganisationRepository repository;

    OrganisationDirectory(OrganisationRepository repository) {
        this.repository = repository;
    }

    /** Every state recorded, member or not, ordered by code. */
    public List<MemberState> states() {
        return repository.states();
    }

    /** The state with this ISO alpha-3 code (any case), if recorded. */
    public Optional<MemberState> state(String code) {
        return repository.state(normalise(code));
    }

    /** The standing on {@code on} of every state that has one (member, suspended or withdrawn). */
    public List<Standing> standings(LocalDate on) {
        return repository.standings(on, null);
    }

    /** The standing of one state on {@code on}; empty when it had none (not, or not yet, a member). */
    public Optional<Standing> standing(String stateCode, LocalDate on) {
        return repository.standings(on, normalise(stateCode)).stream().findFirst();
    }

    /** Whether {@code stateCode} is a member in good standing (not suspended or withdrawn) on {@code on}. */
    public boolean isMember(String stateCode, LocalDate on) {
        return repository.isMember(normalise(stateCode), on);
    }

    /** Every recorded membership period of a state, oldest first. */
    public List<MembershipPeriod> membershipHistory(String stateCode) {
        return repository.periods(normalise(stateCode));
    }

    /**
     * Records a change of membership as a new period {@code [from, until)}; earlier periods are left as
     * they are and the new one takes precedence where they overlap.
     *
     * @param until first day after the period, or {@code null} for open-ended
     * @throws IllegalArgumentException if the state is unknown or {@code until} is not after {@code from}
     */
    @Transactional
    public MembershipPeriod recordMembershipChange(
            String stateCode,
            MembershipStatus status,
            LocalDate from,
            @Nullable LocalDate until,
            @Nullable String note) {
        MemberState state = state(stateCode)
                .orElseThrow(() -> new IllegalArgumentException("Unknown member state '" + stateCode + "'"));
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("A period must end after it starts: " + from + " to " + until);
        }
        return repository.insertPeriod(state.code(), status, from, until, note);
    }

    /** The bodies, forces and partner organisations, in the order of the organisation chart. */
    public List<Body> bodies() {
        return repository.bodies();
    }

    /** The chairmanship term covering {@code on}, if any is recorded. */
    public Optional<ChairmanshipTerm> chairmanship(LocalDate on) {
        return repository.chairmanship(Objects.requireNonNull(on)).stream().findFirst();
    }

    /** Every recorded chairmanship term, oldest first. */
    public List<ChairmanshipTerm> chairmanshipTerms() {
        return repository.chairmanship(null);
    }

    /** Every agency: the organisation's own first, then by state. */
    public List<Agency> agencies() {
        return repository.agencies(null, null);
    }

    /** The agencies of one member state. */
    public List<Agency> agencies(String stateCode) {
        return repository.agencies(normalise(stateCode), null);
    }

    /** The agency with this code (any case), e.g. {@code KGZ-BORDER}. */
    public Optional<Agency> agency(String code) {
        return repository.agencies(null, normalise(code)).stream().findFirst();
    }

    private static String normalise(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }
}
