package be.thorpark.ledger.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bearer tokens from an OpenID Connect provider, accepted next to HTTP Basic when an issuer or a
 * JWK set is given.
 *
 * @param issuerUri the issuer ({@code CAMPUS_JWT_ISSUER_URI}); its keys are discovered on first use
 * @param jwkSetUri where the signing keys are ({@code CAMPUS_JWT_JWK_SET_URI}); with an issuer too,
 *     tokens must also name that issuer
 * @param rolesClaim the claim holding the ledger roles ({@code CAMPUS_JWT_ROLES_CLAIM}); a dotted
 *     path such as {@code realm_access.roles} reaches into nested claims
 * @param nameClaim the claim naming the user ({@code CAMPUS_JWT_NAME_CLAIM}); the subject when it
 *     is absent
 * @param audience when set ({@code CAMPUS_JWT_AUDIENCE}), a token's {@code aud} must name it: a
 *     token the provider issued for another service is refused
 */
@ConfigurationProperties("campus.security.jwt")
record JwtSettings(
        String issuerUri,
        String jwkSetUri,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("preferred_username") String nameClaim,
        String audience) {

    JwtSettings {
        issuerUri = blankToNull(issuerUri);
        jwkSetUri = blankToNull(jwkSetUri);
        audience = blankToNull(audience);
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim.trim();
        nameClaim =
                nameClaim == null || nameClaim.isBlank() ? "preferred_username" : nameClaim.trim();
    }

    boolean configured() {
        return issuerUri != null || jwkSetUri != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
