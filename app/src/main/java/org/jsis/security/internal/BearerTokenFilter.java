package org.jsis.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jsis.security.internal.ApiTokens.Bearer;
import org.jsis.security.internal.ApiTokens.TokenInfo;
import org.jsis.security.internal.UserAccounts.Account;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} requests. Stateless: the authentication lives in
 * this request only, never in a session. A request with an Authorization header that is not a valid
 * bearer token is refused with 401 problem+json, whatever the endpoint.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final BearerCache cache;
    private final ProblemResponses problems;

    public BearerTokenFilter(ApiTokens tokens, BearerCache cache, ProblemResponses problems) {
        this.tokens = tokens;
        this.cache = cache;
        this.problems = problems;
    }

    /** Whether the request carries an Authorization header (so is an API client's, not a browser's). */
    public static boolean hasAuthorization(HttpServletRequest request) {
        return request.getHeader("Authorization") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            refuse(
                    request,
                    response,
                    "invalid_request",
                    "the Authorization header must be 'Bearer <token>' with " + Tokens.EXPECTED_FORM);
            return;
        }
        String token = header.substring(7).trim();
        if (!Tokens.wellFormed(token)) {
            refuse(request, response, "invalid_request", "malformed bearer token: expected " + Tokens.EXPECTED_FORM);
            return;
        }
        // The token, its user and the user's state's membership today: from the cache of verified tokens, or one
        // round trip (MembershipFilter uses the membership read here for this request instead of asking again).
        LocalDate today = LocalDate.now();
        Optional<Bearer> found = authenticate(token, today);
        Instant now = Instant.now();
        if (found.isEmpty()) {
            refuse(request, response, "invalid_token", "unknown API token");
            return;
        }
        TokenInfo info = found.get().token();
        if (info.revokedAt() != null) {
            refuse(request, response, "invalid_token", "this API token was revoked at " + info.revokedAt());
            return;
        }
        if (!info.expiresAt().isAfter(now)) {
            refuse(request, response, "invalid_token", "this API token expired at " + info.expiresAt());
            return;
        }
        Account account = found.get().account();
        if (!account.enabled()) {
            refuse(request, response, "invalid_token", "the user of this API token is disabled");
            return;
        }
        if (account.stateCode() != null) {
            MembershipFilter.remember(
                    request,
                    new MembershipFilter.Checked(
                            account.stateCode(), today, found.get().membershipStatus()));
        }
        tokens.touch(info);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(account.caller(), info.id()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<Bearer> authenticate(String token, LocalDate today) {
        byte[] hash = Tokens.sha256(token);
        String key = BearerCache.key(hash);
        Optional<Bearer> cached = cache.get(key, today);
        if (cached.isPresent()) {
            return cached;
        }
        long generation = cache.generation();
        Optional<Bearer> read = tokens.authenticate(hash, today);
        read.ifPresent(bearer -> cache.put(key, bearer, generation));
        return read;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String error, String detail)
            throws IOException {
        response.setHeader(
                "WWW-Authenticate",
                "Bearer realm=\"jsis\", error=\"" + error + "\", error_description=\"" + detail.replace('"', '\'')
                        + "\"");
        problems.write(request, response, 401, "Unauthorized", detail, Map.of("parameter", "Authorization"));
    }
}
