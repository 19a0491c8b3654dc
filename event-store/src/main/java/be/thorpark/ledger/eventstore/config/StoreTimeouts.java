package be.thorpark.ledger.eventstore.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How long the ledger waits for its store before it gives up, so that an outage is answered at once (503, health
 * DOWN) instead of after the driver's default of 30 s. Options in {@code MONGODB_URI} ({@code serverSelectionTimeoutMS},
 * {@code connectTimeoutMS}, {@code heartbeatFrequencyMS}) win over these.
 *
 * @param serverSelection how long an operation waits for a reachable store (default 1 s)
 * @param connect         how long opening a connection may take (default 1 s)
 * @param heartbeat       how often the driver looks at a store it has lost (default 2 s): the longest time health
 *                        stays DOWN after the store is back while no request comes in
 */
@ConfigurationProperties("campus.mongodb.timeouts")
public record StoreTimeouts(Duration serverSelection, Duration connect, Duration heartbeat) {

    public StoreTimeouts {
        serverSelection = positiveOr(serverSelection, Duration.ofSeconds(1));
        connect = positiveOr(connect, Duration.ofSeconds(1));
        heartbeat = positiveOr(heartbeat, Duration.ofSeconds(2));
    }

    private static Duration positiveOr(Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }
}
