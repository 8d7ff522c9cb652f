package org.jsis.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jsis.security.Caller;
import org.jsis.security.CurrentCaller;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses every authenticated request of a user whose state is not a member today (suspended or
 * withdrawn): API requests get 403 problem+json, a browser session is ended and sent to the login page.
 * The visibility function refuses such viewers too; this makes the refusal explicit and covers writes.
 */
public class MembershipFilter extends OncePerRequestFilter {

    private final Memberships memberships;
    private final ProblemResponses problems;

    private final RequestMatcher publicRequests;

    public MembershipFilter(Memberships memberships, ProblemResponses problems, RequestMatcher publicRequests) {
        this.memberships = memberships;
        this.problems = problems;
        this.publicRequests = publicRequests;
    }

    /** Public reference data and pages stay public, whoever asks. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return publicRequests.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = CurrentCaller.get();
        if (caller.isEmpty() || caller.get().stateCode() == null) {
            chain.doFilter(request, response);
            return;
        }
        String state = caller.get().stateCode();
        LocalDate today = LocalDate.now();
        if (memberships.isMember(state, today)) {
            chain.doFilter(request, response);
            return;
        }
        String status = memberships.status(state, today).orElse("not a member");
        String detail = "the membership of " + state + " is " + status + " on " + today
                + ": its users have no access to JSIS data from that date";
        if (SecurityConfiguration.isApiRequest(request)) {
            problems.write(request, response, 403, "Forbidden", detail, Map.of("state", state, "membership", status));
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        response.sendRedirect(request.getContextPath() + "/login?suspended");
    }
}
