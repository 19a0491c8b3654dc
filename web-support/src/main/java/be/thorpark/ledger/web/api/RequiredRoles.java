package be.thorpark.ledger.web.api;

import be.thorpark.ledger.web.security.LedgerRole;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Who may call an endpoint, learned by asking the running security rules about a probe request once
 * per role, so that the API reference can never disagree with what is enforced.
 */
final class RequiredRoles {

    /** What the rules allow for one method and path. */
    record Access(boolean anonymous, List<LedgerRole> roles) {

        boolean nobody() {
            return !anonymous && roles.isEmpty();
        }
    }

    private final AuthorizationManager<HttpServletRequest> rules;

    private RequiredRoles(AuthorizationManager<HttpServletRequest> rules) {
        this.rules = rules;
    }

    static Optional<RequiredRoles> of(List<SecurityFilterChain> chains) {
        for (SecurityFilterChain chain : chains) {
            for (Filter filter : chain.getFilters()) {
                if (filter instanceof AuthorizationFilter authorization) {
                    return Optional.of(new RequiredRoles(authorization.getAuthorizationManager()));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code pathTemplate} as in the document: {@code /api/tenants/{tenantId}/arrival}. */
    Access access(String method, String pathTemplate, Map<String, String> parameters) {
        String path = pathTemplate.replaceAll("\\{[^/}]+}", "sample");
        boolean anonymous =
                allowed(
                        new AnonymousAuthenticationToken(
                                "probe",
                                "anonymous",
                                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")),
                        method,
                        path,
                        parameters);
        List<LedgerRole> roles = new ArrayList<>();
        for (LedgerRole role : LedgerRole.values()) {
            Authentication user =
                    UsernamePasswordAuthenticationToken.authenticated(
                            "probe", null, List.of(new SimpleGrantedAuthority(role.authority())));
            if (allowed(user, method, path, parameters)) {
                roles.add(role);
            }
        }
        return new Access(anonymous, roles);
    }

    private boolean allowed(
            Authentication user, String method, String path, Map<String, String> parameters) {
        AuthorizationResult result =
                rules.authorize(() -> user, ProbeRequest.of(method, path, parameters));
        return result != null && result.isGranted();
    }
}
