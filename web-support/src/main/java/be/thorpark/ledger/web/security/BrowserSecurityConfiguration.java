package be.thorpark.ledger.web.security;

import static be.thorpark.ledger.web.security.LedgerRole.AUDITOR;

import be.thorpark.ledger.web.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * People in the browser: form log-in, an HTTP session and CSRF protection, in a chain of its own
 * before the API's. It takes the pages, the log-in and log-out, the static assets and those API
 * calls that come with a session and no {@code Authorization} header, which is how the pages'
 * scripts call the API. Scripts and tools that send Basic or Bearer credentials keep the stateless
 * API chain. Session calls to the API obey the API's own rules, so a person may do in the browser
 * exactly what their roles allow with curl; unsafe methods need the CSRF token in the {@code
 * X-CSRF-TOKEN} header.
 */
@Configuration(proxyBeanMethods = false)
public class BrowserSecurityConfiguration {

    /** Before the API chain, which has no order and matches every request. */
    public static final int ORDER = 10;

    static final String[] ASSETS = {
        "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/images/**"
    };
    static final String[] AUDITOR_PAGES = {"/explorer", "/explorer.html"};
    static final String[] PAGES = {"/", "/index.html", "/session"};
    static final String LOGIN = "/login";
    static final String LOGOUT = "/logout";

    /**
     * Scripts only from the app itself; the chart library draws with inline SVG styles, so styles
     * may be inline.
     */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src"
                    + " 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
                    + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(ORDER)
    SecurityFilterChain browserSecurityFilterChain(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint sessionEnded =
                (request, response, failure) ->
                        Problems.write(
                                request,
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "There is no valid session; log in again at " + LOGIN);
        AccessDeniedHandler denied =
                (request, response, failure) ->
                        Problems.write(
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                "Your roles do not allow this request, or its CSRF token is"
                                        + " missing");
        AuthenticationEntryPoint toTheForm = new LoginUrlAuthenticationEntryPoint(LOGIN);
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.securityMatcher(
                        new OrRequestMatcher(
                                browserPaths(),
                                request -> api.matches(request) && fromASession(request)))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(form -> form.loginPage(LOGIN).defaultSuccessUrl("/", false).permitAll())
                .logout(
                        logout ->
                                logout.logoutUrl(LOGOUT)
                                        .logoutSuccessUrl(LOGIN + "?logout")
                                        .permitAll())
                .exceptionHandling(
                        exceptions ->
                                exceptions
                                        .authenticationEntryPoint(
                                                (request, response, failure) ->
                                                        (api.matches(request)
                                                                        ? sessionEnded
                                                                        : toTheForm)
                                                                .commence(
                                                                        request, response, failure))
                                        .defaultAccessDeniedHandlerFor(denied, api))
                .headers(
                        headers ->
                                headers.contentSecurityPolicy(
                                                csp ->
                                                        csp.policyDirectives(
                                                                CONTENT_SECURITY_POLICY))
                                        .referrerPolicy(
                                                referrer ->
                                                        referrer.policy(
                                                                ReferrerPolicyHeaderWriter
                                                                        .ReferrerPolicy
                                                                        .SAME_ORIGIN)))
                .authorizeHttpRequests(
                        rules -> {
                            rules.requestMatchers(ASSETS)
                                    .permitAll()
                                    .requestMatchers(AUDITOR_PAGES)
                                    .hasRole(AUDITOR.name())
                                    .requestMatchers(PAGES)
                                    .authenticated();
                            LedgerSecurityConfiguration.rules(rules);
                        });
        return http.build();
    }

    private static RequestMatcher browserPaths() {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(
                Stream.of(
                                Arrays.stream(ASSETS),
                                Arrays.stream(AUDITOR_PAGES),
                                Arrays.stream(PAGES),
                                Stream.of(LOGIN, LOGOUT))
                        .flatMap(paths -> paths)
                        .map(path::matcher)
                        .map(RequestMatcher.class::cast)
                        .toList());
    }

    /**
     * The browser sends its session cookie and no credentials; a script's Basic or Bearer header
     * wins.
     */
    private static boolean fromASession(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getRequestedSessionId() != null;
    }
}
