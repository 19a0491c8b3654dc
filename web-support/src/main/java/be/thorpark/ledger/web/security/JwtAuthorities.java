package be.thorpark.ledger.web.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads the ledger roles and the user name from a token: role claim values such as {@code
 * OPERATIONS} become the authority {@code ROLE_OPERATIONS}; values that are no ledger role are
 * ignored, so a provider's own roles grant nothing here.
 */
final class JwtAuthorities implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String rolesClaim;
    private final String nameClaim;

    JwtAuthorities(String rolesClaim, String nameClaim) {
        this.rolesClaim = rolesClaim;
        this.nameClaim = nameClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<LedgerRole> roles = EnumSet.noneOf(LedgerRole.class);
        for (String value : values(claim(jwt.getClaims(), rolesClaim))) {
            LedgerRole.parse(value).ifPresent(roles::add);
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return new JwtAuthenticationToken(jwt, authorities, name(jwt));
    }

    private String name(Jwt jwt) {
        Object name = claim(jwt.getClaims(), nameClaim);
        return name instanceof String text && !text.isBlank() ? text : jwt.getSubject();
    }

    private static Object claim(Map<String, Object> claims, String path) {
        Object value = claims.get(path);
        if (value != null || !path.contains(".")) {
            return value;
        }
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static List<String> values(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> collection) {
            collection.forEach(item -> values.add(String.valueOf(item)));
        } else if (claim instanceof String text) {
            for (String part : text.split("[\\s,]+")) {
                if (!part.isEmpty()) {
                    values.add(part);
                }
            }
        }
        return values;
    }
}
