package be.thorpark.ledger.web.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * What a token must show besides a valid signature from the issuer's keys (an unsigned {@code alg:
 * none} token has none): a time window that includes now, the configured issuer, and the configured
 * audience.
 */
final class JwtValidation {

    private JwtValidation() {}

    static NimbusJwtDecoder validating(NimbusJwtDecoder decoder, JwtSettings jwt) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(
                jwt.issuerUri() == null
                        ? JwtValidators.createDefault()
                        : JwtValidators.createDefaultWithIssuer(jwt.issuerUri()));
        if (jwt.audience() != null) {
            validators.add(
                    new JwtClaimValidator<Collection<String>>(
                            JwtClaimNames.AUD,
                            audiences -> audiences != null && audiences.contains(jwt.audience())));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }
}
