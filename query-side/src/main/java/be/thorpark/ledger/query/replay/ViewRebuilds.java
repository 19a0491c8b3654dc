package be.thorpark.ledger.query.replay;

import be.thorpark.ledger.eventstore.EventLog;
import be.thorpark.ledger.eventstore.ProgressLog;
import be.thorpark.ledger.query.view.ActiveViews;
import be.thorpark.ledger.query.view.EventReplay;
import be.thorpark.ledger.query.view.Projection;
import be.thorpark.ledger.query.view.ViewWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rebuilds views from position 0 while the old ones keep answering: the projections write into
 * fresh collections (a new prefix), follow the history up to its head, and the view is switched to
 * them at once under the live processors' lock, after a last catch-up. Readers see the old
 * generation or the new one, never a half-built view. After the switch the rebuild keeps following
 * the history for a grace period, so events another query-side instance applied to the old
 * generation just before it noticed the switch reach the new one too (applying is idempotent).
 */
@Component
public class ViewRebuilds implements DisposableBean {

    /** A pass shorter than this is followed by the switch. */
    static final long SWITCH_WITHIN = 500;

    private static final Logger log = LoggerFactory.getLogger(ViewRebuilds.class);

    private final Map<String, Projection> projections = new LinkedHashMap<>();
    private final ActiveViews views;
    private final EventReplay replay;
    private final EventLog eventLog;
    private final Duration grace;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService executor =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread thread = new Thread(r, "view-rebuild");
                        thread.setDaemon(true);
                        return thread;
                    });
    private final Map<String, RebuildProgress> runs = new LinkedHashMap<>();
    private RebuildProgress current;

    @Autowired
    ViewRebuilds(
            List<Projection> projections,
            ActiveViews views,
            EventReplay replay,
            EventLog eventLog,
            @Value("${campus.query.rebuild-grace:5s}") Duration grace) {
        this(views, replay, eventLog, grace, projections);
    }

    public ViewRebuilds(
            ActiveViews views,
            EventReplay replay,
            EventLog eventLog,
            Duration grace,
            List<Projection> projections) {
        projections.forEach(p -> this.projections.put(p.name(), p));
        this.views = views;
        this.replay = replay;
        this.eventLog = eventLog;
        this.grace = grace;
    }

    public List<String> viewNames() {
        return List.copyOf(projections.keySet());
    }

    /** Starts rebuilding {@code names} (every view when empty); one rebuild runs at a time. */
    public synchronized RebuildProgress start(List<String> names) {
        List<String> selected = names == null || names.isEmpty() ? viewNames() : List.copyOf(names);
        for (String name : selected) {
            if (!projections.containsKey(name)) {
                throw new UnknownViewException(name, viewNames());
            }
        }
        if (current != null && !current.finished()) {
            throw new RebuildRunningException(current.id());
        }
        Instant started = clock.instant();
        String id = "rebuild-" + started.toEpochMilli();
        String prefix = "r" + Long.toString(started.toEpochMilli(), 36) + "_";
        RebuildProgress progress =
                new RebuildProgress(id, selected, prefix, started, eventLog.headPosition());
        log.info(
                "Rebuild {} of {} started, up to position {} at least",
                id,
                selected,
                progress.head());
        current = progress;
        runs.put(id, progress);
        // The rebuild's log lines keep the correlation id of the request that started it.
        Map<String, String> context = MDC.getCopyOfContextMap();
        executor.submit(
                () -> {
                    MDC.setContextMap(context == null ? Map.of() : context);
                    try {
                        run(progress);
                    } finally {
                        MDC.clear();
                    }
                });
        return progress;
    }

    public synchronized Optional<RebuildProgress> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** The rebuild started last, if any. */
    public synchronized Optional<RebuildProgress> latest() {
        return Optional.ofNullable(current);
    }

    public synchronized List<RebuildProgress> all() {
        return List.copyOf(runs.values());
    }

    private void run(RebuildProgress progress) {
        try {
            List<Projection> selected = progress.views().stream().map(projections::get).toList();
            ViewWriter target = new ViewWriter(views.database(), progress.prefix());
            selected.forEach(target::ensureIndexes);
            AtomicLong position = new AtomicLong();
            ProgressLog logged =
                    new ProgressLog(log, "Rebuild " + progress.id() + " of " + progress.views());
            long passed;
            do {
                long head = eventLog.headPosition();
                progress.head(head);
                long before = position.get();
                position.set(
                        replay.replay(
                                before,
                                head,
                                event -> {
                                    selected.forEach(p -> p.apply(event, target));
                                    progress.advance(event.position(), clock.instant());
                                    logged.at(event.position(), progress.head());
                                }));
                passed = position.get() - before;
            } while (passed > SWITCH_WITHIN);
            Map<String, String> oldPrefixes = new LinkedHashMap<>();
            for (Projection projection : selected) {
                oldPrefixes.put(projection.name(), views.writer(projection.name()).prefix());
            }
            progress.state(RebuildProgress.State.SWITCHING);
            switchAll(selected, 0, target, position, progress);
            progress.switched(clock.instant());
            Instant graceEnds = clock.instant().plus(grace);
            while (clock.instant().isBefore(graceEnds)) {
                catchUp(selected, target, position, progress);
                Thread.sleep(200);
            }
            catchUp(selected, target, position, progress);
            for (Projection projection : selected) {
                String old = oldPrefixes.get(projection.name());
                if (!old.equals(progress.prefix())) {
                    ViewWriter previous = new ViewWriter(views.database(), old);
                    projection.collections().forEach(c -> previous.collection(c).drop());
                }
            }
            progress.finish(RebuildProgress.State.DONE, null, clock.instant());
            log.info(
                    "Rebuilt {} up to position {} into prefix {}",
                    progress.views(),
                    position.get(),
                    progress.prefix());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            progress.finish(RebuildProgress.State.FAILED, "interrupted", clock.instant());
        } catch (RuntimeException e) {
            log.error("Rebuild {} failed", progress.id(), e);
            progress.finish(
                    RebuildProgress.State.FAILED,
                    e.getClass().getSimpleName() + ": " + e.getMessage(),
                    clock.instant());
        }
    }

    /**
     * Switches the views one after the other, each after a final catch-up under the live
     * processors' lock.
     */
    private void switchAll(
            List<Projection> selected,
            int index,
            ViewWriter target,
            AtomicLong position,
            RebuildProgress progress) {
        if (index == selected.size()) {
            return;
        }
        views.switchTo(
                selected.get(index).name(),
                target.prefix(),
                () -> catchUp(selected, target, position, progress));
        switchAll(selected, index + 1, target, position, progress);
    }

    private void catchUp(
            List<Projection> selected,
            ViewWriter target,
            AtomicLong position,
            RebuildProgress progress) {
        long head = eventLog.headPosition();
        progress.head(head);
        position.set(
                replay.replay(
                        position.get(),
                        head,
                        event -> {
                            selected.forEach(p -> p.apply(event, target));
                            progress.advance(event.position(), clock.instant());
                        }));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
