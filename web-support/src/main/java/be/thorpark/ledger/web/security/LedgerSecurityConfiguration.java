package be.thorpark.ledger.web.security;

import static be.thorpark.ledger.web.security.LedgerRole.ADMIN;
import static be.thorpark.ledger.web.security.LedgerRole.AUDITOR;
import static be.thorpark.ledger.web.security.LedgerRole.OPERATIONS;
import static be.thorpark.ledger.web.security.LedgerRole.REPORTING;

import be.thorpark.ledger.web.security.token.ApiTokens;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what on every ledger HTTP side. A stateless JSON API: no session, no cookie, hence no
 * CSRF token; every request authenticates with HTTP Basic (users from {@code CAMPUS_USERS}), an API
 * token ({@code Bearer clt_...}, see {@link ApiTokens}) or, when an issuer or JWK set is
 * configured, a JWT bearer token. The rules, first match wins:
 *
 * <ol>
 *   <li>{@code /actuator/health}: everyone; other actuator endpoints: ADMIN
 *   <li>{@code /api/admin/**}: ADMIN
 *   <li>reading events, entity histories, integrity evidence and exports, and checking a digest:
 *       AUDITOR
 *   <li>any read of a past state ({@code asOfPosition} or {@code asOfTime}): AUDITOR
 *   <li>other reads under {@code /api}: REPORTING or AUDITOR (a read is a GET or a HEAD)
 *   <li>writes under {@code /api}: OPERATIONS
 *   <li>the API reference ({@code /v3/api-docs}, {@code /swagger-ui/**}): any user
 *   <li>the OData feed ({@code GET /odata/**}): REPORTING or AUDITOR; its event history ({@code
 *       Events}) and any past state: AUDITOR
 *   <li>anything else: nobody
 * </ol>
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(JwtSettings.class)
public class LedgerSecurityConfiguration {

    static final String AS_OF_POSITION = "asOfPosition";
    static final String AS_OF_TIME = "asOfTime";

    /** The OpenAPI document and Swagger UI: for anyone who can log in. */
    static final String[] API_REFERENCE = {
        "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**"
    };

    static final String ODATA_HISTORY = "/odata/Events";

    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @ConditionalOnMissingBean(UserDetailsService.class)
    InMemoryUserDetailsManager ledgerUsers(Environment environment, PasswordEncoder encoder) {
        List<UserDetails> users =
                LocalUsers.parse(environment.getProperty("campus.users", ""), encoder);
        if (users.isEmpty()) {
            // On the console only: a log file must not keep a password.
            users = List.of(LocalUsers.generatedAdmin(encoder, System.out));
        }
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    SecurityFilterChain ledgerSecurityFilterChain(
            HttpSecurity http,
            JwtSettings jwt,
            ObjectProvider<JwtDecoder> decoders,
            ObjectProvider<ApiTokens> apiTokens)
            throws Exception {
        JwtDecoder decoder = decoders.getIfAvailable(() -> jwt.configured() ? decoder(jwt) : null);
        ApiTokens tokens = apiTokens.getIfAvailable();
        ProblemSecurityResponses responses =
                new ProblemSecurityResponses(decoder != null || tokens != null);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(
                        session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .httpBasic(
                        basic ->
                                basic.realmName(ProblemSecurityResponses.REALM)
                                        .authenticationEntryPoint(responses))
                .exceptionHandling(
                        exceptions ->
                                exceptions
                                        .authenticationEntryPoint(responses)
                                        .accessDeniedHandler(responses))
                .authorizeHttpRequests(LedgerSecurityConfiguration::rules);
        if (tokens != null) {
            http.addFilterBefore(
                    tokens.authenticationFilter(responses), BearerTokenAuthenticationFilter.class);
        }
        if (decoder != null) {
            JwtAuthorities authorities = new JwtAuthorities(jwt.rolesClaim(), jwt.nameClaim());
            http.oauth2ResourceServer(
                    resource ->
                            resource.bearerTokenResolver(ApiTokens.jwtOnly())
                                    .jwt(
                                            token ->
                                                    token.decoder(decoder)
                                                            .jwtAuthenticationConverter(
                                                                    authorities))
                                    .authenticationEntryPoint(responses)
                                    .accessDeniedHandler(responses));
        }
        return http.build();
    }

    static void rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
                    rules) {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        // HEAD is a GET without its body: whoever may read may ask for the headers alone.
        RequestMatcher apiRead =
                new OrRequestMatcher(
                        path.matcher(HttpMethod.GET, "/api/**"),
                        path.matcher(HttpMethod.HEAD, "/api/**"));
        RequestMatcher timeTravel = request -> apiRead.matches(request) && readsThePast(request);
        RequestMatcher odataRead = path.matcher(HttpMethod.GET, "/odata/**");
        rules
                // An error or async dispatch continues a request that was already authorized.
                .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC)
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole(ADMIN.name())
                .requestMatchers("/api/admin/**")
                .hasRole(ADMIN.name())
                .requestMatchers(
                        HttpMethod.GET,
                        "/api/events/**",
                        "/api/entities/**",
                        "/api/integrity/**",
                        "/api/exports/**")
                .hasRole(AUDITOR.name())
                .requestMatchers(
                        HttpMethod.HEAD,
                        "/api/events/**",
                        "/api/entities/**",
                        "/api/integrity/**",
                        "/api/exports/**")
                .hasRole(AUDITOR.name())
                .requestMatchers(
                        HttpMethod.POST,
                        "/api/integrity/digest",
                        "/api/integrity/runs",
                        "/api/exports/runs")
                .hasRole(AUDITOR.name())
                // Reads (GET and HEAD) of evidence and of report packs: the bytes behind the money,
                // not a view.
                .requestMatchers(HttpMethod.POST, "/api/evidence")
                .hasRole(OPERATIONS.name())
                .requestMatchers("/api/evidence/**")
                .hasAnyRole(AUDITOR.name(), OPERATIONS.name())
                .requestMatchers("/api/funding-programmes/*/reports/*/pack")
                .hasRole(AUDITOR.name())
                .requestMatchers(timeTravel)
                .hasRole(AUDITOR.name())
                .requestMatchers(apiRead)
                .hasAnyRole(REPORTING.name(), AUDITOR.name())
                .requestMatchers(HttpMethod.POST, "/api/**")
                .hasRole(OPERATIONS.name())
                .requestMatchers(HttpMethod.PUT, "/api/**")
                .hasRole(OPERATIONS.name())
                .requestMatchers(HttpMethod.PATCH, "/api/**")
                .hasRole(OPERATIONS.name())
                .requestMatchers(HttpMethod.DELETE, "/api/**")
                .hasRole(OPERATIONS.name())
                .requestMatchers(HttpMethod.GET, API_REFERENCE)
                .authenticated()
                .requestMatchers(
                        request ->
                                odataRead.matches(request)
                                        && (readsThePast(request) || readsODataHistory(request)))
                .hasRole(AUDITOR.name())
                .requestMatchers(odataRead)
                .hasAnyRole(REPORTING.name(), AUDITOR.name())
                .anyRequest()
                .denyAll();
    }

    private static boolean readsThePast(HttpServletRequest request) {
        return request.getParameter(AS_OF_POSITION) != null
                || request.getParameter(AS_OF_TIME) != null;
    }

    /**
     * The feed's entity set of the event history: {@code /odata/Events}, {@code /odata/Events(7)},
     * ...
     */
    static boolean readsODataHistory(HttpServletRequest request) {
        String path;
        try {
            path =
                    URLDecoder.decode(
                                    request.getRequestURI()
                                            .substring(request.getContextPath().length()),
                                    StandardCharsets.UTF_8)
                            .replaceAll("/+", "/");
        } catch (IllegalArgumentException e) {
            return true;
        }
        String rest =
                path.regionMatches(true, 0, ODATA_HISTORY, 0, ODATA_HISTORY.length())
                        ? path.substring(ODATA_HISTORY.length())
                        : null;
        return rest != null && (rest.isEmpty() || "(/?".indexOf(rest.charAt(0)) >= 0);
    }

    /**
     * The issuer's keys are looked up on the first token, not at start, so that the ledger starts
     * while the identity provider is down.
     */
    static JwtDecoder decoder(JwtSettings jwt) {
        if (jwt.jwkSetUri() == null) {
            return new SupplierJwtDecoder(
                    () ->
                            JwtValidation.validating(
                                    NimbusJwtDecoder.withIssuerLocation(jwt.issuerUri()).build(),
                                    jwt));
        }
        return JwtValidation.validating(
                NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build(), jwt);
    }
}
