package be.thorpark.ledger.query.status;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * Per view: {@code ledger.view.lag.events}, {@code ledger.view.lag.seconds} (between the recording
 * of the head and of the event the view reflects) and {@code ledger.view.position}; and {@code
 * ledger.store.head.position}.
 */
@Component
class ViewMetrics implements MeterBinder {

    private final ViewLag lag;
    private final ProcessorStatusReader reader;

    ViewMetrics(ViewLag lag, ProcessorStatusReader reader) {
        this.lag = lag;
        this.reader = reader;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String view : reader.viewNames()) {
            gauge(
                    registry,
                    "ledger.view.lag.events",
                    "Events stored but not yet in the view",
                    view,
                    ProcessorStatus.View::lagEvents);
            gauge(
                    registry,
                    "ledger.view.lag.seconds",
                    "Recording time between the head and the view's position",
                    view,
                    v -> v.lagMillis() / 1000.0);
            gauge(
                    registry,
                    "ledger.view.position",
                    "The position the view reflects",
                    view,
                    ProcessorStatus.View::position);
        }
        Gauge.builder("ledger.store.head.position", lag, l -> l.current().head().position())
                .description("Position of the last stored event")
                .register(registry);
    }

    private void gauge(
            MeterRegistry registry,
            String name,
            String description,
            String view,
            ToDoubleFunction<ProcessorStatus.View> value) {
        Gauge.builder(
                        name,
                        lag,
                        l ->
                                l.current().views().stream()
                                        .filter(v -> v.name().equals(view))
                                        .findFirst()
                                        .map(value::applyAsDouble)
                                        .orElse(Double.NaN))
                .description(description)
                .tag("view", view)
                .register(registry);
    }
}
