package be.thorpark.ledger.query.browser;

import be.thorpark.ledger.web.security.LedgerRole;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is logged in, with which roles, and the CSRF token the page's scripts send with every change.
 * The roles only shape what a page offers; the server checks every request against them anyway.
 */
@RestController
class SessionController {

    record Csrf(String headerName, String parameterName, String token) {}

    record Session(String user, List<String> roles, Csrf csrf) {}

    @GetMapping("/session")
    ResponseEntity<Session> session(Authentication authentication, CsrfToken csrf) {
        Set<String> authorities =
                authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet());
        List<String> roles =
                Arrays.stream(LedgerRole.values())
                        .filter(r -> authorities.contains(r.authority()))
                        .map(Enum::name)
                        .toList();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(
                        new Session(
                                authentication.getName(),
                                roles,
                                new Csrf(
                                        csrf.getHeaderName(),
                                        csrf.getParameterName(),
                                        csrf.getToken())));
    }
}
