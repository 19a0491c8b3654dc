package be.thorpark.ledger.command.http;

import be.thorpark.ledger.web.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code ledger.commands}: how long each command took to be decided and stored, by command type,
 * outcome ({@code accepted}, {@code refused}, {@code failed}) and the refusal's {@code code}.
 */
@Component
class CommandMetrics {

    static final String NAME = "ledger.commands";

    private final MeterRegistry registry;

    CommandMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
    }

    <T> T timed(Object command, Supplier<T> work) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        String code = "none";
        try {
            T result = work.get();
            outcome = "accepted";
            return result;
        } catch (ProblemException e) {
            outcome = "refused";
            code = e.code();
            throw e;
        } finally {
            sample.stop(
                    Timer.builder(NAME)
                            .description("Commands decided and stored")
                            .tag("command", command.getClass().getSimpleName())
                            .tag("outcome", outcome)
                            .tag("code", code)
                            .register(registry));
        }
    }
}
