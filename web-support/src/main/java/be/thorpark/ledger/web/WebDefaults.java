package be.thorpark.ledger.web;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Defaults of every ledger HTTP process, added last so that application files, system properties and the
 * environment all override them. The server listens on the loopback address unless {@code SERVER_ADDRESS} says
 * otherwise, so that a process started by hand is not reachable from the network by accident.
 */
public class WebDefaults implements EnvironmentPostProcessor, Ordered {

    static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("server.address", "${SERVER_ADDRESS:127.0.0.1}"),
            Map.entry("campus.users", "${CAMPUS_USERS:}"),
            Map.entry("campus.security.jwt.issuer-uri", "${CAMPUS_JWT_ISSUER_URI:}"),
            Map.entry("campus.security.jwt.jwk-set-uri", "${CAMPUS_JWT_JWK_SET_URI:}"),
            Map.entry("campus.security.jwt.roles-claim", "${CAMPUS_JWT_ROLES_CLAIM:roles}"),
            Map.entry("campus.security.jwt.name-claim", "${CAMPUS_JWT_NAME_CLAIM:preferred_username}"),
            Map.entry("campus.security.jwt.audience", "${CAMPUS_JWT_AUDIENCE:}"),
            Map.entry("campus.http.max-body-bytes", "${CAMPUS_HTTP_MAX_BODY_BYTES:1048576}"),
            Map.entry("spring.jackson.factory.constraints.read.max-nesting-depth", "32"),
            Map.entry("spring.jackson.factory.constraints.read.max-string-length", "100000"),
            Map.entry("campus.http.body-read-timeout", "${CAMPUS_HTTP_BODY_READ_TIMEOUT:20s}"),
            Map.entry("campus.http.unread-body-drain", "250ms"),
            // A pause of more than this between two packets of a request (or an idle keep-alive) ends the connection.
            Map.entry("server.tomcat.connection-timeout", "5s"),
            Map.entry("server.tomcat.keep-alive-timeout", "20s"),
            Map.entry("server.tomcat.max-keep-alive-requests", "1000"),
            // No endpoint takes multipart bodies: never parse one (a malformed one was a 500).
            Map.entry("spring.servlet.multipart.enabled", "false"),
            Map.entry("spring.mvc.problemdetails.enabled", "true"),
            Map.entry("server.error.include-stacktrace", "never"),
            Map.entry("server.error.include-message", "never"),
            Map.entry("server.error.include-exception", "false"),
            Map.entry("server.error.include-binding-errors", "never"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("campusLedgerWebDefaults", DEFAULTS));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
