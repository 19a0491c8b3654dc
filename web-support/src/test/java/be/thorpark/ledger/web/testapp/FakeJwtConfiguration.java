package be.thorpark.ledger.web.testapp;

import java.time.Instant;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Stands in for an identity provider: the token {@code ops-token} is a valid token of an OPERATIONS
 * user.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("test.fake-jwt")
class FakeJwtConfiguration {

    @Bean
    JwtDecoder fakeJwtDecoder() {
        return token -> {
            if (!token.equals("ops-token")) {
                throw new BadJwtException("not a token of this test");
            }
            return Jwt.withTokenValue(token)
                    .header("alg", "none")
                    .subject("f7c1")
                    .claim("preferred_username", "jwt-ops")
                    .claim("roles", List.of("OPERATIONS", "offline_access"))
                    .issuedAt(Instant.now())
                    .expiresAt(Instant.now().plusSeconds(300))
                    .build();
        };
    }
}
