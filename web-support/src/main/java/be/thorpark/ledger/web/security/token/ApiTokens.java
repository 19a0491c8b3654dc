package be.thorpark.ledger.web.security.token;

import be.thorpark.ledger.web.security.LedgerRole;
import jakarta.servlet.Filter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * API tokens for scripts and reporting tools: created, listed and revoked by an ADMIN, sent as
 * {@code Authorization: Bearer clt_...} wherever HTTP Basic works. A token is checked by one
 * exact-key read, so it costs no password hash; revocation and expiry hold from the next request
 * on, in every process.
 */
public class ApiTokens {

    private static final Logger LOG = LoggerFactory.getLogger(ApiTokens.class);

    /** A new token: what is stored, and the secret, which is shown this once and never kept. */
    record Issued(StoredToken token, String secret) {}

    private final ApiTokenStore store;
    private final ApiTokenSettings settings;
    private final Clock clock;

    /**
     * When this process last wrote each token's "last used" time: one writer per token and
     * interval.
     */
    private final Map<String, Instant> lastWritten = new ConcurrentHashMap<>();

    ApiTokens(ApiTokenStore store, ApiTokenSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    Issued create(String owner, String label, Set<LedgerRole> roles, Instant expiresAt) {
        String secret = TokenSecret.generate();
        Instant now = now();
        StoredToken token =
                new StoredToken(
                        TokenSecret.hash(secret),
                        UUID.randomUUID().toString(),
                        label,
                        owner,
                        Set.copyOf(roles),
                        now,
                        expiresAt.truncatedTo(ChronoUnit.MILLIS),
                        null,
                        null,
                        null);
        store.insert(token);
        LOG.info(
                "API token {} '{}' created by {} with roles {}, expires {}",
                token.id(),
                label,
                owner,
                roles,
                token.expiresAt());
        return new Issued(token, secret);
    }

    List<StoredToken> list() {
        return store.all();
    }

    Optional<StoredToken> find(String id) {
        return store.byId(id);
    }

    Optional<StoredToken> revoke(String id, String by) {
        Optional<StoredToken> revoked = store.revoke(id, by, now());
        revoked.ifPresent(
                token ->
                        LOG.info(
                                "API token {} '{}' of {} revoked by {}",
                                token.id(),
                                token.label(),
                                token.owner(),
                                token.revokedBy()));
        return revoked;
    }

    /**
     * The request's authentication by this token, or an exception answered 401 when it is unknown,
     * expired or revoked.
     */
    Authentication authenticate(String secret) {
        if (!TokenSecret.wellFormed(secret)) {
            throw new InvalidBearerTokenException("The API token is not valid");
        }
        String hash = TokenSecret.hash(secret);
        StoredToken token =
                store.byHash(hash)
                        .orElseThrow(
                                () ->
                                        new InvalidBearerTokenException(
                                                "The API token is not valid"));
        Instant now = now();
        if (token.revoked() || token.expiredAt(now)) {
            throw new InvalidBearerTokenException("The API token is not valid");
        }
        recordUse(token, now);
        return new ApiTokenAuthentication(token);
    }

    private void recordUse(StoredToken token, Instant now) {
        Instant due =
                token.lastUsedAt() == null
                        ? Instant.MIN
                        : token.lastUsedAt().plus(settings.lastUsedEvery());
        if (now.isBefore(due)) {
            return;
        }
        Instant previous = lastWritten.get(token.hash());
        if (previous != null && now.isBefore(previous.plus(settings.lastUsedEvery()))) {
            return;
        }
        if (previous == null
                ? lastWritten.putIfAbsent(token.hash(), now) == null
                : lastWritten.replace(token.hash(), previous, now)) {
            store.usedAt(token.hash(), now);
        }
    }

    Instant defaultExpiry() {
        return now().plus(settings.defaultLifetime());
    }

    Instant latestExpiry() {
        return now().plus(settings.maxLifetime());
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The servlet filter that authenticates ledger tokens; failures are answered by {@code
     * entryPoint}.
     */
    public Filter authenticationFilter(AuthenticationEntryPoint entryPoint) {
        return new ApiTokenFilter(this, entryPoint);
    }

    /** Resolves bearer values for a JWT decoder, leaving ledger tokens out (they are no JWT). */
    public static BearerTokenResolver jwtOnly() {
        DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
        return request -> {
            String value = standard.resolve(request);
            return TokenSecret.looksLikeOne(value) ? null : value;
        };
    }
}
