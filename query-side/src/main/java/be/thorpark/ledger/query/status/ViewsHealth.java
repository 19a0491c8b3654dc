package be.thorpark.ledger.query.status;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Readiness of the query side: DOWN while any view is more than {@code
 * campus.query.readiness.max-lag-events} (default 10,000) events behind the stored history, as
 * after a start on a long history, so that a load balancer sends no reader to views that answer
 * from far in the past. Part of {@code /actuator/health/readiness}.
 */
@Component("viewsHealthIndicator")
class ViewsHealth extends AbstractHealthIndicator {

    private final ViewLag lag;
    private final long maxLagEvents;

    ViewsHealth(
            ViewLag lag,
            @Value("${campus.query.readiness.max-lag-events:10000}") long maxLagEvents) {
        super("The views' positions cannot be read");
        this.lag = lag;
        this.maxLagEvents = maxLagEvents;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        ProcessorStatus status = lag.current();
        builder.up();
        for (ProcessorStatus.View view : status.views()) {
            if (view.lagEvents() > maxLagEvents) {
                builder.down();
            }
            builder.withDetail(view.name(), view.lagEvents() + " events behind");
        }
        builder.withDetail("maxLagEvents", maxLagEvents);
    }
}
