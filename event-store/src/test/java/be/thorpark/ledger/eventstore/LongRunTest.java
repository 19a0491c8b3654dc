package be.thorpark.ledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What a client following long work sees: figures as it goes, the end, a failure without its
 * internals.
 */
class LongRunTest {

    private static LongRun run(String id) {
        return new LongRun(
                id,
                "verification",
                "events",
                LoggerFactory.getLogger(LongRunTest.class),
                "Test",
                Clock.systemUTC());
    }

    @Test
    void aRunWithoutAKnownEndHasNoPercentageUntilItIsDone() {
        LongRun run = run("r1");
        assertThat(run.view().percent()).isNull();
        assertThat(run.view().estimatedSecondsLeft()).isNull();
        run.at(5, 0);
        assertThat(run.view().done()).isEqualTo(5);
        assertThat(run.view().total()).as("the total is never below what is done").isEqualTo(5);
        run.finish("result", "done");
        assertThat(run.view().state()).isEqualTo(LongRun.State.DONE);
        assertThat(run.view().estimatedSecondsLeft()).isZero();
        assertThat(run.view().result()).isEqualTo("result");
    }

    @Test
    void aRunReportsDoneOfTotalAndPercent() {
        LongRun run = run("r2");
        run.total(200);
        run.at(50, 200);
        LongRun.View view = run.view();
        assertThat(view.percent()).isEqualTo(25);
        assertThat(view.perSecond()).isPositive();
        assertThat(view.estimatedSecondsLeft()).isNotNull().isNotNegative();
        assertThat(view.state()).isEqualTo(LongRun.State.RUNNING);
    }

    @Test
    void aThrowFailsTheRunAndOnlyTheLatestRunsAreKept() throws InterruptedException {
        List<String> forgotten = new ArrayList<>();
        try (LongRuns runs = new LongRuns("test-run", 2, r -> forgotten.add(r.id()))) {
            CountDownLatch ran = new CountDownLatch(3);
            LongRun failing =
                    runs.start(
                            run("a"),
                            r -> {
                                ran.countDown();
                                throw new IllegalStateException("secret internals");
                            });
            runs.start(
                    run("b"),
                    r -> {
                        r.finish(null, "ok");
                        ran.countDown();
                    });
            runs.start(
                    run("c"),
                    r -> {
                        r.finish(null, "ok");
                        ran.countDown();
                    });
            assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(forgotten).containsExactly("a");
            assertThat(runs.find("a")).isEmpty();
            assertThat(runs.find("c")).isPresent();
            while (!failing.finished()) {
                Thread.sleep(10);
            }
            assertThat(failing.state()).isEqualTo(LongRun.State.FAILED);
            assertThat(failing.view().detail())
                    .contains("IllegalStateException")
                    .doesNotContain("secret");
        }
    }
}
