package be.thorpark.ledger.eventstore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Read access to the stored history in its global order, for auditors, tools, rebuilds and the
 * command side's receipts (the commit under a command's key); every read is an exact-key lookup.
 */
public interface EventLog {

    /**
     * Events with position greater than {@code after}, in order, at most {@code limit}; stops at
     * the first gap.
     */
    List<StoredEvent> readAfter(long after, int limit);

    /** Every event of one entity, in sequence order. */
    List<StoredEvent> readEntity(String aggregateId);

    /** The commit stored under a {@link CommitKey}, found by exact key. */
    Optional<KeyedCommit> commitByKey(String key);

    /** The position of the last stored event, 0 when the history is empty. */
    long headPosition();

    /** The last position whose commit was recorded at or before {@code instant}, 0 if none. */
    long positionAt(Instant instant);

    /**
     * The history's real end, found without following the commits one by one: whatever gap lies
     * before it, every commit and position up to it must be there.
     */
    HistoryEnd end();

    /**
     * Streams every commit in commit order, including ones out of place, for verification: across
     * any gap in the commit numbers up to {@code throughCommit}, and on past it while commits
     * follow.
     */
    void scanCommits(long throughCommit, Consumer<StoredCommit> consumer);

    /**
     * The events after position {@code after}, deserialised and upcast exactly as the processors
     * receive them, read ahead in pages without waiting at the head (rebuilds, time travel). Close
     * the stream when done.
     */
    Stream<? extends TrackedEventMessage<?>> replayAfter(long after);
}
