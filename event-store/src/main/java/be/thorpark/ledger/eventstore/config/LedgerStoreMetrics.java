package be.thorpark.ledger.eventstore.config;

import be.thorpark.ledger.eventstore.MongoLedgerStorageEngine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.TimeUnit;

/**
 * The store's meters: {@code ledger.store.append} (time of one durable write), {@code
 * ledger.store.batch.commits} and {@code ledger.store.batch.events} (what one group commit held),
 * {@code ledger.store.events.appended}.
 */
final class LedgerStoreMetrics implements MeterBinder {

    private final MongoLedgerStorageEngine engine;

    LedgerStoreMetrics(MongoLedgerStorageEngine engine) {
        this.engine = engine;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Timer append =
                Timer.builder("ledger.store.append")
                        .description("One durable write of the commit writer")
                        .publishPercentileHistogram()
                        .register(registry);
        DistributionSummary commits =
                DistributionSummary.builder("ledger.store.batch.commits")
                        .description("Commits stored by one write (group commit)")
                        .register(registry);
        DistributionSummary events =
                DistributionSummary.builder("ledger.store.batch.events")
                        .description("Events stored by one write")
                        .register(registry);
        Counter appended =
                Counter.builder("ledger.store.events.appended")
                        .description("Events appended")
                        .register(registry);
        engine.observeCommits(
                (commitCount, eventCount, nanos) -> {
                    append.record(nanos, TimeUnit.NANOSECONDS);
                    commits.record(commitCount);
                    events.record(eventCount);
                    appended.increment(eventCount);
                });
    }
}
