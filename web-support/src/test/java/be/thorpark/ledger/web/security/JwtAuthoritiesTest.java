package be.thorpark.ledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class JwtAuthoritiesTest {

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("c0ffee")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
    }

    @Test
    void roleClaimValuesBecomeLedgerRoles() {
        AbstractAuthenticationToken auth =
                new JwtAuthorities("roles", "preferred_username")
                        .convert(
                                token().claim(
                                                "roles",
                                                List.of("OPERATIONS", "auditor", "offline_access"))
                                        .build());

        assertThat(auth.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_OPERATIONS", "ROLE_AUDITOR");
    }

    @Test
    void aSpaceSeparatedRoleClaimIsRead() {
        AbstractAuthenticationToken auth =
                new JwtAuthorities("scope_roles", "preferred_username")
                        .convert(token().claim("scope_roles", "REPORTING ADMIN").build());

        assertThat(auth.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_REPORTING", "ROLE_ADMIN");
    }

    @Test
    void aNestedRoleClaimIsReachedByItsPath() {
        AbstractAuthenticationToken auth =
                new JwtAuthorities("realm_access.roles", "preferred_username")
                        .convert(
                                token().claim("realm_access", Map.of("roles", List.of("REPORTING")))
                                        .build());

        assertThat(auth.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_REPORTING");
    }

    @Test
    void theNameComesFromTheNameClaim() {
        AbstractAuthenticationToken auth =
                new JwtAuthorities("roles", "preferred_username")
                        .convert(token().claim("preferred_username", "marie").build());

        assertThat(auth.getName()).isEqualTo("marie");
    }

    @Test
    void withoutTheNameClaimTheSubjectNamesTheUser() {
        AbstractAuthenticationToken auth =
                new JwtAuthorities("roles", "preferred_username").convert(token().build());

        assertThat(auth.getName()).isEqualTo("c0ffee");
        assertThat(auth.getAuthorities()).isEmpty();
    }
}
