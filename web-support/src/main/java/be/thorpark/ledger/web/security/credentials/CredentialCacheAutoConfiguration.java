package be.thorpark.ledger.web.security.credentials;

import be.thorpark.ledger.web.security.LedgerSecurityConfiguration;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The login check for user name and password: Spring Security's own (BCrypt), behind a short-lived
 * cache of verified credentials ({@code campus.security.credential-cache.ttl}, default 5 minutes, 0
 * to switch it off; {@code campus.security.credential-cache.max-entries}, default 1,000). See
 * docs/security.md.
 */
@AutoConfiguration(
        after = LedgerSecurityConfiguration.class,
        beforeName = {
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({UserDetailsService.class, PasswordEncoder.class})
public class CredentialCacheAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(AuthenticationProvider.class)
    AuthenticationProvider ledgerPasswordCheck(
            UserDetailsService users, PasswordEncoder encoder, Environment environment) {
        DaoAuthenticationProvider check = new DaoAuthenticationProvider(users);
        check.setPasswordEncoder(encoder);
        if (users instanceof UserDetailsPasswordService passwords) {
            // As Spring Security's own set-up does: a weaker stored hash is replaced at the next
            // login.
            check.setUserDetailsPasswordService(passwords);
        }
        Binder binder = Binder.get(environment);
        Duration ttl =
                binder.bind("campus.security.credential-cache.ttl", Duration.class)
                        .orElse(Duration.ofMinutes(5));
        int maxEntries =
                binder.bind("campus.security.credential-cache.max-entries", Integer.class)
                        .orElse(1000);
        if (ttl.isZero() || ttl.isNegative() || maxEntries <= 0) {
            return check;
        }
        return new CachedPasswordCheck(users, check, new VerifiedCredentials(ttl, maxEntries));
    }
}
