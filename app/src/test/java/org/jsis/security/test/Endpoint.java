package org.jsis.security.test;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jsis.security.Distribution;
import org.jsis.security.Role;
import org.jsis.security.Sharing;
import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One row group of an authorisation table: an endpoint, who may call it, what it returns about a record
 * and which audit entry it leaves. Build it with {@link #of(String, String)} and the {@code with...}
 * methods; see {@link AuthorizationTable} for how a module adds its endpoints.
 *
 * @param method HTTP method, as mapped ({@code GET})
 * @param pattern the path pattern exactly as mapped in the controller ({@code /api/v1/probes/{id}})
 * @param access who may call it
 * @param roles the roles allowed when {@code access} is {@link Access#ROLES}
 * @param kind how the endpoint relates to a record
 * @param fixture creates the record of a case (for {@link Kind#RECORD} and {@link Kind#COLLECTION})
 * @param request builds the request of a case (without credentials: the harness adds them)
 * @param okStatus the status of an allowed call
 * @param auditAction the audit action an allowed call leaves, or {@code null} for none
 * @param page whether it is a console page (unauthenticated: redirect to the login page, not 401)
 * @param distributions the distributions its records are tried with
 * @param rule the expected outcome of a case; {@link #standardOutcome} unless replaced
 */
public record Endpoint(
        String method,
        String pattern,
        Access access,
        Set<Role> roles,
        Kind kind,
        @Nullable Fixture fixture,
        Function<Call, MockHttpServletRequestBuilder> request,
        int okStatus,
        @Nullable String auditAction,
        boolean page,
        List<Distribution> distributions,
        @Nullable Rule rule) {

    /** Who may call an endpoint. */
    public enum Access {
        PUBLIC,
        AUTHENTICATED,
        ROLES
    }

    /** How an endpoint relates to a record. */
    public enum Kind {
        /** About no particular record: role checks only. */
        NONE,
        /** One record: a caller who may not see it gets 404 and no trace of it. */
        RECORD,
        /** A list or search: a caller who may not see the record gets the list without it. */
        COLLECTION
    }

    /** The expected outcome of one case. */
    public enum Outcome {
        /** {@code okStatus}; the record (if any) is in the answer and in the audit entry. */
        ALLOWED,
        /** The record is not visible: 404 for a RECORD endpoint, absent from a COLLECTION's answer. */
        HIDDEN,
        /** 403 problem+json. */
        FORBIDDEN,
        /** 401 problem+json (API) or a redirect to /login (pages). */
        UNAUTHENTICATED
    }

    /** Creates the record of a case and returns its id and a marker text that appears in answers showing it. */
    @FunctionalInterface
    public interface Fixture {
        TestRecord create(Sharing sharing);
    }

    /**
     * A record created for a case.
     *
     * @param type and {@code id} and {@code ownerState}: as the endpoint's audit entry lists it
     * @param marker a text that appears in an answer that shows the record, or {@code null} to skip that check
     * @param extra anything else a request factory needs (e.g. the id of a token of the record)
     */
    public record TestRecord(
            String type,
            String id,
            @Nullable String ownerState,
            @Nullable String marker,
            @Nullable String extra) {

        public TestRecord(String type, String id, @Nullable String ownerState, @Nullable String marker) {
            this(type, id, ownerState, marker, null);
        }
    }

    /** What a request factory gets: the case's record (or null), the caller (or null) and a unique suffix. */
    public record Call(@Nullable TestRecord record, SecurityTestKit.@Nullable TestUser caller, String unique) {

        public String recordId() {
            return Objects.requireNonNull(record, "this endpoint has no record fixture")
                    .id();
        }
    }

    /** A replacement for the standard rule, e.g. for endpoints scoped by the caller's state. */
    @FunctionalInterface
    public interface Rule {
        Outcome expect(@Nullable Role role, Relationship relationship, Distribution distribution);
    }

    public static Endpoint of(String method, String pattern) {
        return new Endpoint(
                method,
                pattern,
                Access.AUTHENTICATED,
                Set.of(),
                Kind.NONE,
                null,
                c -> {
                    throw new IllegalStateException("no request factory for " + method + " " + pattern);
                },
                200,
                null,
                false,
                List.of(Distribution.OWNER_ONLY),
                null);
    }

    public Endpoint publicAccess() {
        return new Endpoint(
                method,
                pattern,
                Access.PUBLIC,
                Set.of(),
                kind,
                fixture,
                request,
                okStatus,
                auditAction,
                page,
                distributions,
                rule);
    }

    public Endpoint roles(Role first, Role... more) {
        return new Endpoint(
                method,
                pattern,
                Access.ROLES,
                EnumSet.of(first, more),
                kind,
                fixture,
                request,
                okStatus,
                auditAction,
                page,
                distributions,
                rule);
    }

    public Endpoint record(Kind kind, Fixture fixture) {
        return new Endpoint(
                method,
                pattern,
                access,
                roles,
                kind,
                fixture,
                request,
                okStatus,
                auditAction,
                page,
                List.of(Distribution.values()),
                rule);
    }

    public Endpoint request(Function<Call, MockHttpServletRequestBuilder> request) {
        return new Endpoint(
                method,
                pattern,
                access,
                roles,
                kind,
                fixture,
                request,
                okStatus,
                auditAction,
                page,
                distributions,
                rule);
    }

    public Endpoint ok(int status) {
        return new Endpoint(
                method, pattern, access, roles, kind, fixture, request, status, auditAction, page, distributions, rule);
    }

    public Endpoint audited(String action) {
        return new Endpoint(
                method, pattern, access, roles, kind, fixture, request, okStatus, action, page, distributions, rule);
    }

    public Endpoint asPage() {
        return new Endpoint(
                method,
                pattern,
                access,
                roles,
                kind,
                fixture,
                request,
                okStatus,
                auditAction,
                true,
                distributions,
                rule);
    }

    public Endpoint distributions(Distribution... only) {
        return new Endpoint(
                method,
                pattern,
                access,
                roles,
                kind,
                fixture,
                request,
                okStatus,
                auditAction,
                page,
                List.of(only),
                rule);
    }

    public Endpoint rule(Rule rule) {
        return new Endpoint(
                method,
                pattern,
                access,
                roles,
                kind,
                fixture,
                request,
                okStatus,
                auditAction,
                page,
                distributions,
                rule);
    }

    /** {@code METHOD pattern}, as the coverage check compares it with the application's mappings. */
    public String key() {
        return method + " " + pattern;
    }

    /** The expected outcome of a case. */
    public Outcome expect(@Nullable Role role, Relationship relationship, Distribution distribution) {
        return rule != null
                ? rule.expect(role, relationship, distribution)
                : standardOutcome(role, relationship, distribution);
    }

    /**
     * The standard rule: public endpoints answer everyone; otherwise anonymous callers are
     * unauthenticated, users of a suspended state are refused, roles are checked, and a record is
     * hidden from whoever {@link Relationship#sees} says may not see it.
     */
    public Outcome standardOutcome(@Nullable Role role, Relationship relationship, Distribution distribution) {
        if (access == Access.PUBLIC) {
            return Outcome.ALLOWED;
        }
        if (relationship == Relationship.ANONYMOUS) {
            return Outcome.UNAUTHENTICATED;
        }
        if (relationship == Relationship.SUSPENDED) {
            return Outcome.FORBIDDEN;
        }
        if (access == Access.ROLES && !roles.contains(role)) {
            return Outcome.FORBIDDEN;
        }
        if (kind == Kind.NONE) {
            return Outcome.ALLOWED;
        }
        return relationship.sees(distribution) ? Outcome.ALLOWED : Outcome.HIDDEN;
    }
}
