package be.thorpark.ledger.eventstore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Long work started by a request and run beside it, one at a time, so the request can answer at
 * once with where to follow it. The last {@code kept} runs stay readable; an older one is forgotten
 * and {@code forget} cleans up after it.
 */
public final class LongRuns implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LongRuns.class);

    private final int kept;
    private final Consumer<LongRun> forget;
    private final Map<String, LongRun> runs = new LinkedHashMap<>();
    private final ExecutorService executor;

    public LongRuns(String threadName, int kept, Consumer<LongRun> forget) {
        this.kept = kept;
        this.forget = forget;
        this.executor =
                Executors.newSingleThreadExecutor(
                        r -> {
                            Thread thread = new Thread(r, threadName);
                            thread.setDaemon(true);
                            return thread;
                        });
    }

    /** Queues {@code work} for {@code run}; the work finishes the run itself, a throw fails it. */
    public synchronized LongRun start(LongRun run, Consumer<LongRun> work) {
        runs.put(run.id(), run);
        List<LongRun> forgotten = new ArrayList<>();
        while (runs.size() > kept) {
            String oldest = runs.keySet().iterator().next();
            forgotten.add(runs.remove(oldest));
        }
        forgotten.forEach(forget);
        // The run's log lines keep the correlation id of the request that started it.
        Map<String, String> context = MDC.getCopyOfContextMap();
        executor.submit(
                () -> {
                    MDC.setContextMap(context == null ? Map.of() : context);
                    try {
                        work.accept(run);
                    } catch (RuntimeException | Error e) {
                        // The cause stays in the log; the run tells its reader only that it
                        // stopped.
                        LOG.error("{} {} failed", run.kind(), run.id(), e);
                        run.fail(
                                "Stopped by an error ("
                                        + e.getClass().getSimpleName()
                                        + "); the log has the cause");
                    } finally {
                        MDC.clear();
                    }
                });
        return run;
    }

    public synchronized Optional<LongRun> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    @Override
    public synchronized void close() {
        executor.shutdownNow();
        runs.values().forEach(forget);
        runs.clear();
    }
}
