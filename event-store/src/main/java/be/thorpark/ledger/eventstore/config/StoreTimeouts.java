package be.thorpark.ledger.eventstore.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the ledger waits for its store before it gives up, so that an outage is answered at once
 * (503, health DOWN) instead of after the driver's default of 30 s. Options in {@code MONGODB_URI}
 * ({@code serverSelectionTimeoutMS}, {@code connectTimeoutMS}, {@code heartbeatFrequencyMS}) win
 * over these.
 *
 * @param serverSelection how long an operation waits for a reachable store (default 1 s)
 * @param connect how long opening a connection, or a heartbeat on it, may take (default 5 s); a
 *     store whose process is gone refuses connections at once, so this matters only for a host that
 *     does not answer at all, and it must stay above the pauses of a busy machine
 * @param startup how long start-up waits for the store to answer a first ping (default 30 s): a
 *     process may start before its store, as the driver's default selection timeout used to allow
 * @param heartbeat how often the driver looks at a store it has lost (default 2 s): the longest
 *     time health stays DOWN after the store is back while no request comes in
 */
@ConfigurationProperties("campus.mongodb.timeouts")
public record StoreTimeouts(
        Duration serverSelection, Duration connect, Duration heartbeat, Duration startup) {

    public StoreTimeouts {
        serverSelection = positiveOr(serverSelection, Duration.ofSeconds(1));
        connect = positiveOr(connect, Duration.ofSeconds(5));
        heartbeat = positiveOr(heartbeat, Duration.ofSeconds(2));
        startup = positiveOr(startup, Duration.ofSeconds(30));
    }

    private static Duration positiveOr(Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }
}
