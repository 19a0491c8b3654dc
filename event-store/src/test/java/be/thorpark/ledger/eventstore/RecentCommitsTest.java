package be.thorpark.ledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RecentCommitsTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void readsAfterAPositionInsideTheRunAcrossCommitsAndFromTheMiddleOfOne() {
        RecentCommits recent = new RecentCommits(100);
        recent.add(commit(1, 1, 3));
        recent.add(commit(2, 4, 4));
        recent.add(commit(3, 5, 9));

        assertThat(positions(recent.after(0, 100)))
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(positions(recent.after(1, 100))).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(positions(recent.after(3, 2))).containsExactly(4L, 5L);
        assertThat(positions(recent.after(6, 100))).containsExactly(7L, 8L, 9L);
        assertThat(recent.commitStartingAfter(3)).isEqualTo(2);
        assertThat(recent.commitStartingAfter(9)).isEqualTo(4);
        assertThat(recent.commitStartingAfter(6)).isZero();
    }

    @Test
    void aPositionOutsideTheRunIsLeftToTheStore() {
        RecentCommits recent = new RecentCommits(100);
        assertThat(recent.after(0, 10)).isNull();
        recent.add(commit(5, 11, 12));

        assertThat(recent.after(9, 10)).as("before the run").isNull();
        assertThat(recent.after(12, 10)).as("at its end: the store may hold more").isNull();
        assertThat(positions(recent.after(10, 10))).containsExactly(11L, 12L);
    }

    @Test
    void aCommitThatDoesNotFollowTheLastStartsANewRun() {
        RecentCommits recent = new RecentCommits(100);
        recent.add(commit(1, 1, 2));
        recent.add(commit(2, 3, 3));
        // Another process wrote commit 3 (position 4): this process's next one is 4.
        recent.add(commit(4, 5, 6));

        assertThat(recent.after(2, 10)).as("position 3 is no longer kept").isNull();
        assertThat(recent.after(3, 10)).as("position 4 was never seen here").isNull();
        assertThat(positions(recent.after(4, 10))).containsExactly(5L, 6L);

        recent.add(commit(5, 8, 8));
        assertThat(recent.after(4, 10)).as("positions must follow on too").isNull();
        assertThat(positions(recent.after(7, 10))).containsExactly(8L);
    }

    @Test
    void theOldestCommitsLeaveOnceTheRunHoldsMoreEventsThanItsBound() {
        RecentCommits recent = new RecentCommits(10);
        long position = 0;
        for (long sequence = 1; sequence <= 200; sequence++) {
            recent.add(commit(sequence, position + 1, position + 3));
            position += 3;
        }

        assertThat(recent.after(position - 12, 100)).isNull();
        assertThat(positions(recent.after(position - 9, 100)))
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(position - 8, position).boxed().toList());
    }

    @Test
    void aCommitLargerThanTheBoundIsStillKeptAlone() {
        RecentCommits recent = new RecentCommits(4);
        recent.add(commit(1, 1, 2));
        recent.add(commit(2, 3, 12));

        assertThat(recent.after(2, 100)).hasSize(10);
        assertThat(recent.after(0, 100)).isNull();
    }

    @Test
    void aCommitIsFoundByItsKeyWhileItIsInTheRun() {
        RecentCommits recent = new RecentCommits(4);
        recent.add(commit(1, 1, 2), new CommitKey("request|ops|a", "hash-a"));
        recent.add(commit(2, 3, 3));
        assertThat(recent.byKey("request|ops|a").commit().sequence()).isEqualTo(1);
        assertThat(recent.byKey("request|ops|a").requestHash()).isEqualTo("hash-a");
        assertThat(recent.byKey("request|ops|b")).isNull();

        recent.add(commit(3, 4, 5), new CommitKey("request|ops|b", "hash-b"));
        assertThat(recent.byKey("request|ops|a")).as("left the run with its commit").isNull();
        assertThat(recent.byKey("request|ops|b").commit().sequence()).isEqualTo(3);

        recent.add(commit(9, 20, 20));
        assertThat(recent.byKey("request|ops|b")).as("a broken run forgets its keys").isNull();
    }

    @Test
    void clearingForgetsTheRun() {
        RecentCommits recent = new RecentCommits(100);
        recent.add(commit(1, 1, 2));
        recent.clear();
        assertThat(recent.after(0, 10)).isNull();
        recent.add(commit(7, 20, 20));
        assertThat(positions(recent.after(19, 10))).containsExactly(20L);
    }

    @Test
    void aBoundOfZeroKeepsNothing() {
        RecentCommits recent = new RecentCommits(0);
        recent.add(commit(1, 1, 2));
        assertThat(recent.after(0, 10)).isNull();
    }

    private static StoredCommit commit(long sequence, long first, long last) {
        List<StoredEvent> events = new ArrayList<>();
        for (long p = first; p <= last; p++) {
            events.add(
                    new StoredEvent(
                            p,
                            "event-" + p,
                            "Meter",
                            "meter-1",
                            p,
                            AT,
                            AT,
                            "MeterRead",
                            null,
                            "{}",
                            "{}",
                            "hash-" + p));
        }
        return new StoredCommit(sequence, first, last, events);
    }

    private static List<Long> positions(List<StoredEvent> events) {
        assertThat(events).isNotNull();
        return events.stream().map(StoredEvent::position).toList();
    }
}
