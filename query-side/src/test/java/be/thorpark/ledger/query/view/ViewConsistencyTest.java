package be.thorpark.ledger.query.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A read with {@code minPosition} is woken by its view's signal; without one it reads the position
 * again.
 */
class ViewConsistencyTest {

    private static final Duration NEVER = Duration.ofMinutes(5);

    private final AtomicLong unitsPosition = new AtomicLong(3);
    private final ViewPositions positions =
            new ViewPositions(
                    mock(TokenStore.class), mock(MongoDatabase.class), null, "tracking_tokens") {
                @Override
                public long position(String group) {
                    return unitsPosition.get();
                }
            };
    private final ViewSignals signals = new ViewSignals();

    @AfterEach
    void stopWorkers() {
        signals.destroy();
    }

    @Test
    void aReadThatIsAlreadyCoveredDoesNotWait() {
        ViewConsistency consistency = new ViewConsistency(positions, signals, NEVER, NEVER);

        assertThat(consistency.await("units", 3L)).isEqualTo(3);
        assertThat(consistency.await("units", null)).isEqualTo(3);
    }

    @Test
    void aWaitingReadReturnsOnTheSignalOfItsView() throws Exception {
        // Neither the timeout nor the re-check would end the wait within the test: only the signal
        // can.
        ViewConsistency consistency = new ViewConsistency(positions, signals, NEVER, NEVER);
        CompletableFuture<Long> read =
                CompletableFuture.supplyAsync(() -> consistency.await("units", 5L));
        Thread.sleep(50);
        assertThat(read).isNotDone();

        unitsPosition.set(5);
        signals.changed("leases");
        Thread.sleep(50);
        assertThat(read).as("another view's signal does not end the wait").isNotDone();
        signals.changed("units");

        assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(5);
    }

    @Test
    void everyTaskOfAViewsWorkerSignalsTheView() throws Exception {
        ViewConsistency consistency = new ViewConsistency(positions, signals, NEVER, NEVER);
        ScheduledExecutorService worker = signals.workerExecutor("units");
        CompletableFuture<Long> read =
                CompletableFuture.supplyAsync(() -> consistency.await("units", 7L));
        Thread.sleep(50);

        worker.submit(() -> unitsPosition.set(7));

        assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(7);
    }

    @Test
    void withoutASignalThePositionIsReadAgainAfterTheRecheckInterval() throws Exception {
        ViewConsistency consistency =
                new ViewConsistency(positions, signals, NEVER, Duration.ofMillis(20));
        CompletableFuture<Long> read =
                CompletableFuture.supplyAsync(() -> consistency.await("units", 4L));
        Thread.sleep(50);

        unitsPosition.set(4);

        assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(4);
    }

    @Test
    void aViewThatStaysBehindIsAnsweredAsBehindAfterTheTimeout() {
        ViewConsistency consistency =
                new ViewConsistency(
                        positions, signals, Duration.ofMillis(100), Duration.ofMillis(20));

        assertThatThrownBy(() -> consistency.await("units", 9L))
                .isInstanceOf(ViewBehindException.class)
                .satisfies(e -> assertThat(((ViewBehindException) e).reached()).isEqualTo(3));
    }
}
