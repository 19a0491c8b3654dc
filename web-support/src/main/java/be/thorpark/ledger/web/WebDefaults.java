package be.thorpark.ledger.web;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults of every ledger HTTP process, added last so that application files, system properties
 * and the environment all override them. The server listens on the loopback address unless {@code
 * SERVER_ADDRESS} says otherwise, so that a process started by hand is not reachable from the
 * network by accident.
 */
public class WebDefaults implements EnvironmentPostProcessor, Ordered {

    static final Map<String, Object> DEFAULTS =
            Map.ofEntries(
                    Map.entry("server.address", "${SERVER_ADDRESS:127.0.0.1}"),
                    Map.entry("campus.users", "${CAMPUS_USERS:}"),
                    Map.entry("campus.security.jwt.issuer-uri", "${CAMPUS_JWT_ISSUER_URI:}"),
                    Map.entry("campus.security.jwt.jwk-set-uri", "${CAMPUS_JWT_JWK_SET_URI:}"),
                    Map.entry("campus.security.jwt.roles-claim", "${CAMPUS_JWT_ROLES_CLAIM:roles}"),
                    Map.entry(
                            "campus.security.jwt.name-claim",
                            "${CAMPUS_JWT_NAME_CLAIM:preferred_username}"),
                    Map.entry("campus.security.jwt.audience", "${CAMPUS_JWT_AUDIENCE:}"),
                    Map.entry(
                            "campus.http.max-body-bytes", "${CAMPUS_HTTP_MAX_BODY_BYTES:1048576}"),
                    Map.entry("campus.evidence.max-bytes", "${CAMPUS_EVIDENCE_MAX_BYTES:20971520}"),
                    Map.entry(
                            "spring.servlet.multipart.max-file-size",
                            "${CAMPUS_EVIDENCE_MAX_BYTES:20971520}"),
                    Map.entry(
                            "spring.servlet.multipart.max-request-size",
                            "${CAMPUS_EVIDENCE_MAX_BYTES:20971520}"),
                    Map.entry("spring.jackson.factory.constraints.read.max-nesting-depth", "32"),
                    Map.entry(
                            "spring.jackson.factory.constraints.read.max-string-length", "100000"),
                    Map.entry(
                            "campus.http.body-read-timeout",
                            "${CAMPUS_HTTP_BODY_READ_TIMEOUT:20s}"),
                    Map.entry("campus.http.unread-body-drain", "250ms"),
                    // A pause of more than this between two packets of a request (or an idle
                    // keep-alive) ends the connection.
                    Map.entry("server.tomcat.connection-timeout", "5s"),
                    Map.entry("server.tomcat.keep-alive-timeout", "20s"),
                    Map.entry("server.tomcat.max-keep-alive-requests", "1000"),
                    // Only the evidence upload takes a multipart body: it is parsed when that
                    // endpoint reads its part, never
                    // up front for another endpoint; a malformed one is a 400 (ProblemAdvice).
                    Map.entry("spring.servlet.multipart.enabled", "true"),
                    Map.entry("spring.servlet.multipart.resolve-lazily", "true"),
                    Map.entry("spring.mvc.problemdetails.enabled", "true"),
                    Map.entry("server.error.include-stacktrace", "never"),
                    Map.entry("server.error.include-message", "never"),
                    Map.entry("server.error.include-exception", "false"),
                    Map.entry("server.error.include-binding-errors", "never"),
                    // The password check is deliberately a provider of its own (the cache of
                    // verified credentials), which
                    // Spring Security would otherwise warn about at every start.
                    Map.entry(
                            "logging.level.org.springframework.security.config.annotation.authentication.configuration"
                                    + ".InitializeUserDetailsBeanManagerConfigurer",
                            "ERROR"),
                    // Said on purpose: the reference is served on every side, behind the login.
                    Map.entry("springdoc.api-docs.enabled", "true"),
                    Map.entry("springdoc.swagger-ui.enabled", "true"),
                    Map.entry("springdoc.api-docs.version", "openapi_3_1"),
                    Map.entry("springdoc.default-flat-param-object", "true"),
                    Map.entry("springdoc.swagger-ui.tags-sorter", "alpha"),
                    Map.entry(
                            "management.endpoints.web.exposure.include",
                            "health,info,metrics,prometheus"),
                    Map.entry("management.endpoint.health.probes.enabled", "true"),
                    Map.entry(
                            "management.endpoint.health.group.readiness.include",
                            "readinessState,ledgerStoreHealth,views"),
                    // The command side has no views: a readiness group that names them must not
                    // stop it.
                    Map.entry("management.endpoint.health.validate-group-membership", "false"),
                    Map.entry(
                            "management.endpoint.health.group.readiness.show-components",
                            "when-authorized"),
                    Map.entry("management.endpoint.health.group.readiness.roles", "ADMIN"),
                    Map.entry(
                            "management.metrics.distribution.percentiles-histogram.http.server.requests",
                            "true"),
                    Map.entry("logging.pattern.correlation", "[%X{correlationId:-}] "));

    @Override
    public void postProcessEnvironment(
            ConfigurableEnvironment environment, SpringApplication application) {
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("campusLedgerWebDefaults", DEFAULTS));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
