package be.thorpark.ledger.web.security.credentials;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The password check of HTTP Basic (and of any other user name and password login), with {@link
 * VerifiedCredentials} in front of it. A remembered pair is honoured only while the user still
 * exists, may still log in, and has the same stored password and roles as when it was checked:
 * changing, locking or removing a user invalidates its entries at once.
 */
final class CachedPasswordCheck implements AuthenticationProvider {

    private final UserDetailsService users;
    private final AuthenticationProvider check;
    private final VerifiedCredentials verified;
    private final ConcurrentHashMap<String, CompletableFuture<Void>> checking =
            new ConcurrentHashMap<>();

    CachedPasswordCheck(
            UserDetailsService users, AuthenticationProvider check, VerifiedCredentials verified) {
        this.users = users;
        this.check = check;
        this.verified = verified;
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String name = request.getName();
        if (name == null || !(request.getCredentials() instanceof String password)) {
            return check.authenticate(request);
        }
        String key = verified.key(name, password);
        Authentication remembered = remembered(request, key, name);
        if (remembered != null) {
            return remembered;
        }
        // Many clients of one user start at once (or its entry expires under load): one of them
        // pays the check,
        // the others wait for its outcome instead of running the same BCrypt check side by side.
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> running = checking.putIfAbsent(key, mine);
        if (running != null) {
            running.exceptionally(failure -> null).join();
            remembered = remembered(request, key, name);
            if (remembered != null) {
                return remembered;
            }
            return checkAndRemember(request, key, name);
        }
        try {
            return checkAndRemember(request, key, name);
        } finally {
            checking.remove(key, mine);
            mine.complete(null);
        }
    }

    private Authentication remembered(Authentication request, String key, String name) {
        Optional<VerifiedCredentials.Verified> earlier = verified.find(key, name);
        if (earlier.isEmpty()) {
            return null;
        }
        UserDetails current = current(name);
        if (current != null && stillValid(earlier.get(), current)) {
            UsernamePasswordAuthenticationToken result =
                    UsernamePasswordAuthenticationToken.authenticated(
                            current, null, earlier.get().grantedAuthorities());
            result.setDetails(request.getDetails());
            return result;
        }
        verified.forget(key);
        return null;
    }

    private Authentication checkAndRemember(Authentication request, String key, String name) {
        Authentication result = check.authenticate(request);
        if (result != null
                && result.isAuthenticated()
                && result.getPrincipal() instanceof UserDetails user
                && user.getPassword() != null) {
            verified.remember(
                    key, name, user.getPassword(), user.getAuthorities(), result.getAuthorities());
        }
        return result;
    }

    private UserDetails current(String name) {
        try {
            return users.loadUserByUsername(name);
        } catch (UsernameNotFoundException gone) {
            return null;
        }
    }

    private static boolean stillValid(VerifiedCredentials.Verified earlier, UserDetails current) {
        return current.isEnabled()
                && current.isAccountNonLocked()
                && current.isAccountNonExpired()
                && current.isCredentialsNonExpired()
                && earlier.storedPassword().equals(current.getPassword())
                && sameAuthorities(earlier.userAuthorities(), current.getAuthorities());
    }

    private static boolean sameAuthorities(
            Collection<? extends GrantedAuthority> a, Collection<? extends GrantedAuthority> b) {
        return names(a).equals(names(b));
    }

    private static HashSet<String> names(Collection<? extends GrantedAuthority> authorities) {
        HashSet<String> names = new HashSet<>();
        authorities.forEach(authority -> names.add(authority.getAuthority()));
        return names;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return check.supports(authentication);
    }
}
