package be.thorpark.ledger.web.security.credentials;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.core.GrantedAuthority;

/**
 * User name and password pairs that passed the password check in the last few minutes, so that the
 * next requests with the same pair cost a keyed hash instead of BCrypt. Bounded in size (the least
 * recently used pair goes first) and in time (an entry lives {@code ttl} from its check, however
 * often it is used).
 *
 * <p>Neither the password nor its plain hash is kept: an entry is found by HMAC-SHA256 of name and
 * password under a random key that exists only in this process's memory, so the map alone does not
 * let anyone test guesses. Failed checks are never remembered: a wrong password always pays the
 * full BCrypt price.
 */
final class VerifiedCredentials {

    private static final String HMAC = "HmacSHA256";

    /**
     * What a successful check established; valid while the user's stored password and roles stay
     * the same.
     */
    record Verified(
            String user,
            String storedPassword,
            Collection<? extends GrantedAuthority> userAuthorities,
            Collection<? extends GrantedAuthority> grantedAuthorities,
            long expiresAtNanos) {}

    private final SecretKeySpec key;
    private final long ttlNanos;
    private final Map<String, Verified> entries;

    VerifiedCredentials(Duration ttl, int maxEntries) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
        this.ttlNanos = ttl.toNanos();
        this.entries =
                new LinkedHashMap<>(16, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
                        return size() > maxEntries;
                    }
                };
    }

    String key(String user, String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            byte[] name = user.getBytes(StandardCharsets.UTF_8);
            // The length first, so that no other split of the same bytes into name and password
            // gives this key.
            mac.update(
                    new byte[] {
                        (byte) (name.length >>> 24),
                        (byte) (name.length >>> 16),
                        (byte) (name.length >>> 8),
                        (byte) name.length
                    });
            mac.update(name);
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    Optional<Verified> find(String key, String user) {
        long now = System.nanoTime();
        synchronized (entries) {
            Verified verified = entries.get(key);
            if (verified == null) {
                return Optional.empty();
            }
            if (now - verified.expiresAtNanos() >= 0 || !verified.user().equals(user)) {
                entries.remove(key);
                return Optional.empty();
            }
            return Optional.of(verified);
        }
    }

    void remember(
            String key,
            String user,
            String storedPassword,
            Collection<? extends GrantedAuthority> userAuthorities,
            Collection<? extends GrantedAuthority> grantedAuthorities) {
        Verified verified =
                new Verified(
                        user,
                        storedPassword,
                        userAuthorities,
                        grantedAuthorities,
                        System.nanoTime() + ttlNanos);
        synchronized (entries) {
            entries.put(key, verified);
        }
    }

    void forget(String key) {
        synchronized (entries) {
            entries.remove(key);
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
