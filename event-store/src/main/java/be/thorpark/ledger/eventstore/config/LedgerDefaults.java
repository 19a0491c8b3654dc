package be.thorpark.ledger.eventstore.config;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every ledger process shares, added last so that application files, system properties and
 * the environment all override them. Maps the documented environment variables onto the {@code
 * campus.*} properties.
 */
public class LedgerDefaults implements EnvironmentPostProcessor, Ordered {

    static final Map<String, Object> DEFAULTS =
            Map.ofEntries(
                    Map.entry("campus.mongodb.uri", "${MONGODB_URI:}"),
                    Map.entry("campus.mongodb.database", "${MONGODB_DATABASE:campus_ledger}"),
                    Map.entry("campus.data-dir", "${CAMPUS_DATA_DIR:./data}"),
                    Map.entry("campus.embedded.port", "${CAMPUS_EMBEDDED_PORT:0}"),
                    Map.entry("campus.signing-key", "${CAMPUS_SIGNING_KEY:}"),
                    Map.entry("campus.signing-key-file", "${CAMPUS_SIGNING_KEY_FILE:}"),
                    Map.entry("axon.axonserver.enabled", "false"),
                    // Axon's handler and unit-of-work timeouts schedule a task and capture the
                    // thread's stack for every handler call and every unit of work, on the
                    // request threads and in every processor. Without them the HTTP load ran 84
                    // and 80 commands/s against 48-58 (docs/benchmarks.md). They only warn (after
                    // 10 s) and interrupt (after 30-60 s), and an interrupt half-way through a
                    // write leaves its outcome unknown. Without them nothing interrupts a slow
                    // handler; a view that stops moving shows in the processors' status and lag.
                    Map.entry("axon.timeout.enabled", "false"),
                    Map.entry("axon.serializer.general", "jackson3"),
                    Map.entry("axon.serializer.events", "jackson3"),
                    Map.entry("axon.serializer.messages", "jackson3"));

    @Override
    public void postProcessEnvironment(
            ConfigurableEnvironment environment, SpringApplication application) {
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("campusLedgerStoreDefaults", DEFAULTS));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
