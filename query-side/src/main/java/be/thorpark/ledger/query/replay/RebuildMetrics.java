package be.thorpark.ledger.query.replay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The latest rebuild's progress: {@code ledger.rebuild.position} against {@code
 * ledger.rebuild.head}, {@code ledger.rebuild.running} (1 while it runs) and {@code
 * ledger.rebuild.events.per.second}.
 */
@Component
class RebuildMetrics implements MeterBinder {

    private final ViewRebuilds rebuilds;

    RebuildMetrics(ViewRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(
                        "ledger.rebuild.position",
                        rebuilds,
                        r -> r.latest().map(RebuildProgress::position).orElse(0L))
                .description("Position the latest rebuild has reached")
                .register(registry);
        Gauge.builder(
                        "ledger.rebuild.head",
                        rebuilds,
                        r -> r.latest().map(RebuildProgress::head).orElse(0L))
                .description("Head the latest rebuild works towards")
                .register(registry);
        Gauge.builder(
                        "ledger.rebuild.running",
                        rebuilds,
                        r -> r.latest().map(p -> p.finished() ? 0 : 1).orElse(0))
                .description("1 while a rebuild runs")
                .register(registry);
        Gauge.builder(
                        "ledger.rebuild.events.per.second",
                        rebuilds,
                        r -> r.latest().map(RebuildProgress::eventsPerSecond).orElse(0.0))
                .description("Rate of the latest rebuild")
                .register(registry);
    }
}
