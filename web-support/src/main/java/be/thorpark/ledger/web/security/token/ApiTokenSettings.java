package be.thorpark.ledger.web.security.token;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API tokens ({@code campus.security.tokens.*}).
 *
 * @param collection the MongoDB collection both sides read tokens from
 * @param lastUsedEvery a token's "last used" time is written at most this often, so that a token
 *     used by a busy client does not cost a write on every request
 * @param defaultLifetime how long a token lives when its creation names no {@code expiresAt}
 * @param maxLifetime the latest {@code expiresAt} a token may be given, from its creation
 */
@ConfigurationProperties("campus.security.tokens")
record ApiTokenSettings(
        @DefaultValue("api_tokens") String collection,
        @DefaultValue("60s") Duration lastUsedEvery,
        @DefaultValue("30d") Duration defaultLifetime,
        @DefaultValue("366d") Duration maxLifetime) {}
