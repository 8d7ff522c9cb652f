package org.jsis.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one security filter chain of JSIS.
 *
 * <ul>
 *   <li>Public: the organisation's reference data ({@code GET /api/v1/member-states}, {@code /bodies},
 *       {@code /chairmanship}, {@code /agencies}), the home page, static assets, the login page, the
 *       OpenAPI description and Swagger UI (they describe the API, hold no data), and
 *       {@code /actuator/health}. Everything else needs authentication.
 *   <li>API clients send {@code Authorization: Bearer <token>}: stateless, no session, no CSRF token.
 *       Browsers log in with a form: session cookie (HttpOnly, SameSite=Strict, see application.yml),
 *       CSRF tokens on every form.
 *   <li>Unauthenticated: API requests get 401 problem+json, pages redirect to {@code /login}. Role
 *       violations: 403 problem+json for the API, the console's error page for pages.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    /** Paths anyone may read. */
    static final String[] PUBLIC_PAGES = {
        "/",
        "/login",
        "/error",
        "/webjars/**",
        "/geo/**",
        "/css/**",
        "/js/**",
        "/images/**",
        "/favicon.ico",
        "/favicon.svg",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/v3/api-docs.yaml",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/actuator/health",
        "/actuator/health/**"
    };

    /** The organisation's reference data, public for GET. */
    static final String[] PUBLIC_REFERENCE_DATA = {
        "/api/v1/member-states", "/api/v1/member-states/**",
        "/api/v1/bodies", "/api/v1/bodies/**",
        "/api/v1/chairmanship", "/api/v1/chairmanship/**",
        "/api/v1/agencies", "/api/v1/agencies/**"
    };

    /** Requests answered with problem+json rather than pages: the API, and any request with credentials in a header. */
    static boolean isApiRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/")
                || path.startsWith("/v3/")
                || path.startsWith("/actuator/")
                || BearerTokenFilter.hasAuthorization(request);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one authentication provider (password login); its presence keeps Boot from making a default user. */
    @Bean
    AuthenticationProvider passwordLoginProvider(UserAccounts accounts, PasswordEncoder encoder) {
        return new PasswordLogin.Provider(accounts, encoder);
    }

    /**
     * Spring Security's own observations are off: they wrapped every filter of the chain, every
     * authentication and every authorisation decision in an observation (metrics {@code spring.security.*}),
     * which nothing here reads, at a tenth of an API request's CPU (docs/benchmarks/border.md, border4).
     * The HTTP server's request metrics ({@code http.server.requests}) stay.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's strict firewall, with its character checks of headers done without regular expressions. */
    @Bean
    HttpFirewall httpFirewall() {
        return FirewallChecks.firewall();
    }

    /**
     * The chain of every request with an {@code Authorization} header (API clients with bearer tokens), ahead of
     * the browsers' chain: the same authorisation rules, the same bearer and membership filters and the same
     * problem+json answers, without what only a browser's session needs (no session is read or created, no CSRF
     * token, no saved request, no anonymous user: such a request is authenticated by its token or refused with
     * 401, no form login or logout). A request with a session cookie and a bearer token is the token's.
     */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain bearerFilterChain(
            HttpSecurity http,
            ApiTokens tokens,
            BearerCache bearerCache,
            Memberships memberships,
            ProblemResponses problems)
            throws Exception {
        // @formatter:off
        http.securityMatcher(BearerTokenFilter::hasAuthorization)
                .authorizeHttpRequests(SecurityConfiguration::authorizationRules)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> unauthorized(problems, request, response))
                        .accessDeniedHandler((request, response, e) -> forbidden(problems, request, response, e)))
                .addFilterBefore(new BearerTokenFilter(tokens, bearerCache, problems), AuthorizationFilter.class)
                .addFilterBefore(
                        new MembershipFilter(memberships, problems, publicRequests()), AuthorizationFilter.class);
        // @formatter:on
        return http.build();
    }

    /** Who may do what, the same for both chains. */
    private static void authorizationRules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
        // @formatter:off
        authorize
                .requestMatchers(PUBLIC_PAGES)
                .permitAll()
                .requestMatchers(HttpMethod.GET, PUBLIC_REFERENCE_DATA)
                .permitAll()
                .requestMatchers("/api/v1/audit/**", "/audit/**")
                .hasRole("AUDITOR")
                .requestMatchers("/api/v1/users/**", "/users/**")
                .hasAnyRole("STATE_ADMIN", "ADMIN")
                .anyRequest()
                .authenticated();
        // @formatter:on
    }

    /** The public pages and reference data, which the membership filter leaves alone. */
    private static RequestMatcher publicRequests() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        List<RequestMatcher> open = new ArrayList<>();
        for (String pattern : PUBLIC_PAGES) {
            open.add(paths.matcher(pattern));
        }
        for (String pattern : PUBLIC_REFERENCE_DATA) {
            open.add(paths.matcher(HttpMethod.GET, pattern));
        }
        return new OrRequestMatcher(open);
    }

    private static void unauthorized(
            ProblemResponses problems, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"jsis\"");
        problems.write(
                request,
                response,
                401,
                "Unauthorized",
                "authentication required: send 'Authorization: Bearer <token>' or log in at /login");
    }

    private static void forbidden(
            ProblemResponses problems, HttpServletRequest request, HttpServletResponse response, Exception e)
            throws IOException {
        problems.write(
                request,
                response,
                403,
                "Forbidden",
                e.getMessage() == null || e.getMessage().equals("Access Denied")
                        ? "your roles do not allow this request"
                        : e.getMessage());
    }

    /** Only in a web application: the command-line tools ({@code import}, {@code audit verify}) have no HTTP side. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ApiTokens tokens,
            BearerCache bearerCache,
            Memberships memberships,
            ProblemResponses problems)
            throws Exception {
        RequestMatcher api = SecurityConfiguration::isApiRequest;
        // CSRF protects session cookies: bearer requests, and API requests that carry no session (so
        // cannot ride on a browser's login), need no token and get 401 rather than 403 when anonymous.
        RequestMatcher noCsrf = request -> BearerTokenFilter.hasAuthorization(request)
                || (isApiRequest(request) && request.getSession(false) == null);
        RequestMatcher publicRequest = publicRequests();
        // @formatter:off
        http.authorizeHttpRequests(SecurityConfiguration::authorizationRules)
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((request, response, exception) -> response.sendRedirect(
                                request.getContextPath() + "/login?error=" + failureCode(exception)))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .permitAll())
                .httpBasic(AbstractHttpConfigurer::disable)
                .csrf(csrf -> csrf.ignoringRequestMatchers(noCsrf))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(
                                (request, response, e) -> unauthorized(problems, request, response), api)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, e) -> forbidden(problems, request, response, e), api)
                        // Pages get the console's error page. (With the API's handler alone, Spring Security would
                        // use it for every request.)
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> true))
                .addFilterBefore(
                        new BearerTokenFilter(tokens, bearerCache, problems),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new MembershipFilter(memberships, problems, publicRequest), AuthorizationFilter.class);
        // @formatter:on
        return http.build();
    }

    private static String failureCode(Exception exception) {
        if (exception instanceof LockedException) {
            return "locked";
        }
        if (exception instanceof DisabledException) {
            return "disabled";
        }
        return "credentials";
    }
}
