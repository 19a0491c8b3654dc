package be.thorpark.ledger.query.view;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.AxonThreadFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Wakes the requests that wait for a view to reach a position, when that view may have moved on in
 * this process.
 *
 * <p>A view's position moves when one of its processor's work packages finishes a round: after a
 * batch is written and its token stored, or after events that the segment has nothing to do with
 * were passed over (no write then, and no unit of work to hook into). Both happen in a task on the
 * processor's worker executor, so the executor that this class hands out signals the view after
 * every task it ran. A waiter then reads the position again; it never has to guess how long to
 * sleep.
 */
@Component
public class ViewSignals implements DisposableBean {

    private static final int WORKER_THREADS = 4;

    /** A counter per view, bumped on every signal; waiters wait on it for a change. */
    private static final class Signal {
        private long generation;
    }

    private final Map<String, Signal> signals = new ConcurrentHashMap<>();
    private final List<ScheduledExecutorService> executors = new CopyOnWriteArrayList<>();

    /**
     * The worker executor for the processor of {@code view}: as Axon's default, plus the signal
     * after each task.
     */
    public ScheduledExecutorService workerExecutor(String view) {
        ScheduledThreadPoolExecutor executor =
                new ScheduledThreadPoolExecutor(
                        WORKER_THREADS, new AxonThreadFactory("WorkPackage[" + view + "]")) {
                    @Override
                    protected void afterExecute(Runnable task, Throwable failure) {
                        super.afterExecute(task, failure);
                        changed(view);
                    }
                };
        executors.add(executor);
        return executor;
    }

    void changed(String view) {
        Signal signal = signal(view);
        synchronized (signal) {
            signal.generation++;
            signal.notifyAll();
        }
    }

    /**
     * The number of signals so far; read it before looking at the position, then wait for it to
     * change.
     */
    long generation(String view) {
        Signal signal = signal(view);
        synchronized (signal) {
            return signal.generation;
        }
    }

    /** Waits until a signal after {@code seen} arrives, at most {@code maxNanos}. */
    void awaitChange(String view, long seen, long maxNanos) throws InterruptedException {
        Signal signal = signal(view);
        long deadline = System.nanoTime() + maxNanos;
        synchronized (signal) {
            while (signal.generation == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                TimeUnit.NANOSECONDS.timedWait(signal, left);
            }
        }
    }

    private Signal signal(String view) {
        return signals.computeIfAbsent(view, name -> new Signal());
    }

    @Override
    public void destroy() {
        executors.forEach(ScheduledExecutorService::shutdownNow);
    }
}
