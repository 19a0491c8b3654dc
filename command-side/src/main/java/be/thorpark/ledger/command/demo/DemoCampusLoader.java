package be.thorpark.ledger.command.demo;

import be.thorpark.ledger.command.tenant.ContactSealer;
import be.thorpark.ledger.eventstore.EventLog;
import be.thorpark.ledger.eventstore.LedgerMetadata;
import be.thorpark.ledger.eventstore.LongRun;
import be.thorpark.ledger.eventstore.evidence.EvidenceStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demo campus ({@code CAMPUS_DEMO=true} or {@code campus.demo.enabled=true}) into an
 * empty store at start-up, through the command gateway as the REST API does, so every rule is
 * checked and every event carries an actor, a reason and a correlation id. A store that holds any
 * event is left alone: demo data must never mix with real history.
 */
@Component
public class DemoCampusLoader {

    public static final String ACTOR = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoCampusLoader.class);
    private static final int PROGRESS_EVERY = 20;

    private final boolean enabled;
    private final CommandGateway gateway;
    private final EventLog history;
    private final ContactSealer sealer;
    private final EvidenceStore evidence;
    private volatile LongRun run;

    DemoCampusLoader(
            @Value("${campus.demo.enabled:${CAMPUS_DEMO:false}}") boolean enabled,
            CommandGateway gateway,
            EventLog history,
            ContactSealer sealer,
            EvidenceStore evidence) {
        this.enabled = enabled;
        this.gateway = gateway;
        this.history = history;
        this.sealer = sealer;
        this.evidence = evidence;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (enabled) {
            loadIfEmpty();
        }
    }

    /** The load of this process, as it goes or as it ended; empty when none was started. */
    public Optional<LongRun> run() {
        return Optional.ofNullable(run);
    }

    /** Loads the demo campus unless the store holds events; answers the number of commands sent. */
    public int loadIfEmpty() {
        LongRun current =
                new LongRun(
                        "demo-load",
                        "demo-load",
                        "commands",
                        log,
                        "Demo campus",
                        Clock.systemUTC());
        try {
            return load(current);
        } catch (RuntimeException e) {
            current.fail(
                    "Stopped by an error ("
                            + e.getClass().getSimpleName()
                            + "); the log has the cause");
            throw e;
        }
    }

    private int load(LongRun current) {
        long head = history.headPosition();
        if (head > 0) {
            log.info("Demo campus skipped: the store holds {} events already", head);
            current.finish(null, "Skipped: the store holds " + head + " events already");
            // A later call on the filled store does not hide how the load of this process went.
            if (run == null) {
                run = current;
            }
            return 0;
        }
        List<DemoStep> steps = new DemoCampus(sealer, evidence).steps();
        current.total(steps.size());
        run = current;
        log.info("Demo campus: loading {} commands into the empty store", steps.size());
        long started = System.nanoTime();
        Map<String, String> correlations = new HashMap<>();
        int sent = 0;
        for (DemoStep step : steps) {
            Map<String, Object> metadata =
                    Map.of(
                            LedgerMetadata.ACTOR,
                            ACTOR,
                            LedgerMetadata.CORRELATION_ID,
                            correlations.computeIfAbsent(
                                    step.story(), story -> UUID.randomUUID().toString()),
                            LedgerMetadata.REASON,
                            step.reason());
            gateway.sendAndWait(
                    GenericCommandMessage.asCommandMessage(step.command()).andMetaData(metadata));
            sent++;
            current.at(sent, steps.size());
            if (sent % PROGRESS_EVERY == 0 || sent == steps.size()) {
                log.info(
                        "Demo campus: {} of {} commands done ({})",
                        sent,
                        steps.size(),
                        step.story());
            }
        }
        log.info(
                "Demo campus loaded: {} commands in {} ms, history now at position {}",
                sent,
                (System.nanoTime() - started) / 1_000_000,
                history.headPosition());
        current.finish(
                null,
                "Loaded "
                        + sent
                        + " commands; the history is at position "
                        + history.headPosition());
        return sent;
    }
}
