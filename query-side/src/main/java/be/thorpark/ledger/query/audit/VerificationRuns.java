package be.thorpark.ledger.query.audit;

import be.thorpark.ledger.eventstore.Progress;
import be.thorpark.ledger.eventstore.integrity.HistoryVerifier;
import be.thorpark.ledger.eventstore.integrity.VerificationResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every verification of the stored history, counted and timed as {@code ledger.verifications} by
 * result.
 */
@Component
class VerificationRuns {

    private final HistoryVerifier verifier;
    private final MeterRegistry registry;

    VerificationRuns(HistoryVerifier verifier, ObjectProvider<MeterRegistry> registry) {
        this.verifier = verifier;
        this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
    }

    VerificationResult verify() {
        return measured(verifier::verify);
    }

    /** Verifies, reporting each verified position against {@code head} to {@code progress}. */
    VerificationResult verify(long head, Progress progress) {
        return measured(
                () -> verifier.verify(position -> progress.at(position, Math.max(head, position))));
    }

    private VerificationResult measured(
            java.util.function.Supplier<VerificationResult> verification) {
        Timer.Sample sample = Timer.start(registry);
        String result = "failed";
        try {
            VerificationResult verified = verification.get();
            result = verified.valid() ? "valid" : "broken";
            return verified;
        } finally {
            sample.stop(
                    Timer.builder("ledger.verifications")
                            .description("Verifications of the stored history")
                            .tag("result", result)
                            .register(registry));
        }
    }
}
