package be.thorpark.ledger.web.security.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The password check runs once per verified pair, and never for a pair whose user has changed
 * since.
 */
class CachedPasswordCheckTest {

    /** BCrypt at its lowest cost, counting how often a password is actually checked. */
    private static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();

        /**
         * Makes a check last long enough for every simultaneous request to arrive while it runs.
         */
        volatile long slowdownMillis;

        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            try {
                Thread.sleep(slowdownMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return bcrypt.matches(raw, encoded);
        }
    }

    private final CountingEncoder encoder = new CountingEncoder();
    private final InMemoryUserDetailsManager users =
            new InMemoryUserDetailsManager(
                    user("ops", "ops-secret", "ROLE_OPERATIONS"),
                    user("rep", "rep-secret", "ROLE_REPORTING"),
                    user("aud", "aud-secret", "ROLE_AUDITOR"));

    private User user(String name, String password, String role) {
        return (User)
                User.withUsername(name)
                        .password(encoder.encode(password))
                        .authorities(role)
                        .build();
    }

    private CachedPasswordCheck check(Duration ttl, int maxEntries) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new CachedPasswordCheck(users, dao, new VerifiedCredentials(ttl, maxEntries));
    }

    private static Authentication login(CachedPasswordCheck check, String user, String password) {
        return check.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(user, password));
    }

    @Test
    void aVerifiedPairIsCheckedOnceAndKeepsItsRoles() {
        CachedPasswordCheck check = check(Duration.ofMinutes(5), 100);

        Authentication first = login(check, "ops", "ops-secret");
        Authentication second = login(check, "ops", "ops-secret");
        Authentication third = login(check, "ops", "ops-secret");

        assertThat(encoder.checks).hasValue(1);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getName()).isEqualTo("ops");
        assertThat(third.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrderElementsOf(
                        first.getAuthorities().stream()
                                .map(GrantedAuthority::getAuthority)
                                .toList())
                .contains("ROLE_OPERATIONS");
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverRemembered() {
        CachedPasswordCheck check = check(Duration.ofMinutes(5), 100);
        login(check, "ops", "ops-secret");

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> login(check, "ops", "guess"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(encoder.checks).hasValue(4);
    }

    @Test
    void aChangedPasswordInvalidatesTheRememberedPairAtOnce() {
        CachedPasswordCheck check = check(Duration.ofMinutes(5), 100);
        login(check, "ops", "ops-secret");

        users.updateUser(user("ops", "new-secret", "ROLE_OPERATIONS"));

        assertThatThrownBy(() -> login(check, "ops", "ops-secret"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(login(check, "ops", "new-secret").isAuthenticated()).isTrue();
    }

    @Test
    void changedRolesARemovedUserAndADisabledUserAreCheckedAgain() {
        CachedPasswordCheck check = check(Duration.ofMinutes(5), 100);
        login(check, "ops", "ops-secret");
        login(check, "rep", "rep-secret");
        login(check, "aud", "aud-secret");
        String opsHash = users.loadUserByUsername("ops").getPassword();
        String audHash = users.loadUserByUsername("aud").getPassword();

        users.updateUser(
                User.withUsername("ops").password(opsHash).authorities("ROLE_REPORTING").build());
        users.deleteUser("rep");
        users.updateUser(
                User.withUsername("aud")
                        .password(audHash)
                        .authorities("ROLE_AUDITOR")
                        .disabled(true)
                        .build());

        assertThat(login(check, "ops", "ops-secret").getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_REPORTING")
                .doesNotContain("ROLE_OPERATIONS");
        assertThatThrownBy(() -> login(check, "rep", "rep-secret"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login(check, "aud", "aud-secret"))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void anEntryExpiresAfterItsLifetime() throws InterruptedException {
        CachedPasswordCheck check = check(Duration.ofMillis(50), 100);
        login(check, "ops", "ops-secret");

        Thread.sleep(80);
        login(check, "ops", "ops-secret");

        assertThat(encoder.checks).hasValue(2);
    }

    @Test
    void theCacheHoldsAtMostItsBoundAndDropsTheLeastRecentlyUsed() {
        VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(5), 2);
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        CachedPasswordCheck check = new CachedPasswordCheck(users, dao, verified);

        login(check, "ops", "ops-secret");
        login(check, "rep", "rep-secret");
        login(check, "ops", "ops-secret");
        login(check, "aud", "aud-secret");
        int before = encoder.checks.get();
        login(check, "ops", "ops-secret");
        login(check, "rep", "rep-secret");

        assertThat(verified.size()).isEqualTo(2);
        assertThat(encoder.checks.get() - before).as("ops stayed, rep was dropped").isEqualTo(1);
    }

    @Test
    void theSameNameAndPasswordSplitDifferentlyGiveDifferentKeys() {
        VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(5), 10);

        assertThat(verified.key("ab", "c")).isNotEqualTo(verified.key("a", "bc"));
        assertThat(verified.key("ops", "ops-secret"))
                .isEqualTo(verified.key("ops", "ops-secret"))
                .doesNotContain("ops-secret");
    }

    @Test
    void concurrentFirstRequestsOfOneUserShareOnePasswordCheck() throws Exception {
        CachedPasswordCheck check = check(Duration.ofMinutes(5), 100);
        encoder.slowdownMillis = 500;
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Authentication>> logins = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                logins.add(clients.submit(() -> login(check, "ops", "ops-secret")));
            }
            for (Future<Authentication> login : logins) {
                assertThat(login.get(30, TimeUnit.SECONDS).isAuthenticated()).isTrue();
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(encoder.checks).as("checks for 8 simultaneous logins").hasValue(1);
    }
}
