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
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses every authenticated request of a user whose state is not a member today (suspended or
 * withdrawn): API requests get 403 problem+json, a browser session is ended and sent to the login page.
 * The visibility function refuses such viewers too; this makes the refusal explicit and covers writes.
 */
public class MembershipFilter extends OncePerRequestFilter {

    private static final String CHECKED = MembershipFilter.class.getName() + ".checked";

    /**
     * A state's membership status on a day as the authentication of this request already read it
     * ({@code jsis_membership_status}; {@code null} when no period covers the day).
     */
    record Checked(String state, LocalDate on, @Nullable String status) {

        /** As {@code jsis_is_member}: a member on the day when the status in force is MEMBER. */
        boolean member() {
            return "MEMBER".equals(status);
        }
    }

    /** Lets this filter use, for this request only, the membership read while authenticating it. */
    static void remember(HttpServletRequest request, Checked checked) {
        request.setAttribute(CHECKED, checked);
    }

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
        Checked checked =
                request.getAttribute(CHECKED) instanceof Checked c && c.state().equals(state) && c.on().equals(today)
                        ? c
                        : null;
        boolean member = checked == null ? memberships.isMember(state, today) : checked.member();
        if (member) {
            chain.doFilter(request, response);
            return;
        }
        String status = (checked == null ? memberships.status(state, today) : Optional.ofNullable(checked.status()))
                .orElse("not a member");
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
