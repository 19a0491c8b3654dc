package be.thorpark.ledger.eventstore;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer of one process. Commits waiting at the same moment are written together in one
 * ordered {@code insertMany}, one document each, so they share one durable write (group commit)
 * while each stays atomic.
 *
 * <p>Positions are claimed by the gap-free commit number: a commit can only be inserted as number
 * n+1 by a writer that has read commit n, so writers in other processes collide on the unique
 * {@code _id} instead of leaving gaps or overlaps; the loser reads forward and tries again.
 */
final class CommitWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CommitWriter.class);
    private static final int DUPLICATE_KEY = 11000;
    private static final int MAX_RETRIES = 1000;
    private static final String HEAD_HINT = "head";

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> meta;
    private final CommitReader reader;
    private final Clock clock;
    private final int maxCommitsPerWrite;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Head head;
    private volatile boolean wrote;
    private long hintedSequence;
    private Instant hintedAt = Instant.EPOCH;
    private volatile CommitObserver observer = CommitObserver.NONE;
    private final RecentCommits recent;
    private int storedCommits;
    private int storedEvents;

    CommitWriter(
            MongoCollection<Document> commits,
            MongoCollection<Document> meta,
            CommitReader reader,
            Clock clock,
            int maxCommitsPerWrite,
            int recentEvents) {
        this.commits = commits;
        this.recent = new RecentCommits(recentEvents);
        this.meta = meta;
        this.reader = reader;
        this.clock = clock;
        this.maxCommitsPerWrite = maxCommitsPerWrite;
        Document hint = meta.find(Filters.eq("_id", HEAD_HINT)).first();
        this.hintedSequence = hint == null ? 0 : ((Number) hint.get("sequence")).longValue();
        this.head = reader.locateHead(hintedSequence);
        this.thread = new Thread(this::run, "ledger-commit-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    Head head() {
        return head;
    }

    /** What this process made durable last, in an unbroken run (see {@link RecentCommits}). */
    RecentCommits recent() {
        return recent;
    }

    void observer(CommitObserver observer) {
        this.observer = observer == null ? CommitObserver.NONE : observer;
    }

    /** The highest commit number the head record names; another process may have moved it on. */
    long storedHint() {
        Document hint = meta.find(Filters.eq("_id", HEAD_HINT)).first();
        return hint == null ? 0 : ((Number) hint.get("sequence")).longValue();
    }

    /**
     * Queues the drafts (events without position, time or hash), stored under {@code key} when it
     * is not null, and completes once they are durably stored.
     */
    CompletableFuture<StoredCommit> submit(List<StoredEvent> drafts, CommitKey key) {
        Pending pending = new Pending(drafts, key, new CompletableFuture<>());
        if (!running) {
            pending.result.completeExceptionally(
                    new EventStoreException("The event store is closed"));
            return pending.result;
        }
        queue.add(pending);
        return pending.result;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxCommitsPerWrite - 1);
                long started = System.nanoTime();
                storedCommits = 0;
                storedEvents = 0;
                write(batch);
                if (storedCommits > 0) {
                    observer.written(storedCommits, storedEvents, System.nanoTime() - started);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException e) {
                log.error("Commit writer failed a batch", e);
                batch.forEach(p -> p.result.completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        queue.forEach(
                p ->
                        p.result.completeExceptionally(
                                new EventStoreException("The event store is closed")));
    }

    private void write(List<Pending> batch) {
        List<Pending> todo = new ArrayList<>(batch);
        int retries = 0;
        while (!todo.isEmpty()) {
            List<StoredCommit> positioned = place(todo, head);
            List<Document> documents = new ArrayList<>(positioned.size());
            for (int i = 0; i < positioned.size(); i++) {
                documents.add(CommitDocuments.toDocument(positioned.get(i), todo.get(i).key));
            }
            try {
                commits.insertMany(documents, new InsertManyOptions().ordered(true));
                complete(todo, positioned, todo.size());
                return;
            } catch (MongoBulkWriteException e) {
                BulkWriteError error =
                        e.getWriteErrors().isEmpty() ? null : e.getWriteErrors().get(0);
                int failedAt = error == null ? 0 : error.getIndex();
                complete(todo, positioned, failedAt);
                todo = new ArrayList<>(todo.subList(failedAt, todo.size()));
                if (error == null || error.getCode() != DUPLICATE_KEY) {
                    fail(
                            todo,
                            new EventStoreException(
                                    "The event store refused a commit: " + e.getMessage(), e));
                    return;
                }
                head = reader.probeForward(head);
                Pending culprit = todo.get(0);
                RuntimeException conflict = conflictOf(culprit);
                if (conflict != null) {
                    culprit.result.completeExceptionally(conflict);
                    todo.remove(0);
                } else if (++retries > MAX_RETRIES) {
                    fail(
                            todo,
                            new EventStoreException(
                                    "Could not claim a position after " + MAX_RETRIES + " tries"));
                    return;
                }
            } catch (MongoException e) {
                // The outcome is unknown: re-read the head so the next batch neither overlaps nor
                // leaves a gap, and keep nothing in memory that the store might not hold.
                recent.clear();
                head = reader.probeForward(head);
                fail(
                        todo,
                        new EventStoreException(
                                "The event store could not confirm a commit: " + e.getMessage(),
                                e));
                return;
            }
        }
    }

    private RuntimeException conflictOf(Pending pending) {
        // First: a command that already has its commit must learn that, not that it lost a race.
        if (pending.key != null
                && reader.anyExists(CommitDocuments.COMMIT_KEY, List.of(pending.key.key()))) {
            return new CommitKeyTakenException(pending.key.key());
        }
        List<String> aggKeys =
                pending.drafts.stream()
                        .filter(e -> e.aggregateType() != null)
                        .map(e -> CommitDocuments.aggKey(e.aggregateId(), e.sequence()))
                        .toList();
        if (reader.anyExists(CommitDocuments.AGG_KEYS, aggKeys)) {
            return new ConcurrencyException(
                    "An event for aggregate ["
                            + pending.drafts.get(0).aggregateId()
                            + "] at that sequence was already stored by a concurrent change");
        }
        List<String> eventIds = pending.drafts.stream().map(StoredEvent::eventId).toList();
        if (reader.anyExists(CommitDocuments.EVENT_IDS, eventIds)) {
            return new EventStoreException(
                    "An event with one of the identifiers " + eventIds + " is already stored");
        }
        return null;
    }

    private List<StoredCommit> place(List<Pending> pendings, Head from) {
        List<StoredCommit> result = new ArrayList<>(pendings.size());
        long sequence = from.commitSequence();
        long position = from.lastPosition();
        String hash = from.lastHash();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant recordedAt = now.isBefore(from.recordedAt()) ? from.recordedAt() : now;
        for (Pending pending : pendings) {
            long first = position + 1;
            List<StoredEvent> events = new ArrayList<>(pending.drafts.size());
            for (StoredEvent draft : pending.drafts) {
                position++;
                StoredEvent placed =
                        new StoredEvent(
                                position,
                                draft.eventId(),
                                draft.aggregateType(),
                                draft.aggregateId(),
                                draft.sequence(),
                                draft.timestamp(),
                                recordedAt,
                                draft.payloadType(),
                                draft.payloadRevision(),
                                draft.payload(),
                                draft.metadata(),
                                null);
                hash = HashChain.next(hash, placed);
                events.add(placed.withHash(hash));
            }
            result.add(new StoredCommit(++sequence, first, position, List.copyOf(events)));
        }
        return result;
    }

    private void complete(List<Pending> pendings, List<StoredCommit> positioned, int count) {
        for (int i = 0; i < count; i++) {
            head = Head.of(positioned.get(i));
            // Before the caller hears of it: a processor woken by the append finds it here.
            recent.add(positioned.get(i), pendings.get(i).key);
            storedCommits++;
            storedEvents += positioned.get(i).events().size();
            pendings.get(i).result.complete(positioned.get(i));
        }
        if (count > 0) {
            wrote = true;
            maybeStoreHint();
        }
    }

    /**
     * The hint only shortens the search for the head at start-up; losing it costs a scan, never
     * correctness.
     */
    private void maybeStoreHint() {
        Head current = head;
        Instant now = clock.instant();
        if (current.commitSequence() - hintedSequence < 1000
                && Duration.between(hintedAt, now).getSeconds() < 5) {
            return;
        }
        try {
            meta.updateOne(
                    Filters.eq("_id", HEAD_HINT),
                    Updates.max("sequence", current.commitSequence()),
                    new UpdateOptions().upsert(true));
            hintedSequence = current.commitSequence();
            hintedAt = now;
        } catch (MongoException e) {
            log.warn("Could not store the head hint: {}", e.getMessage());
        }
    }

    private static void fail(List<Pending> pendings, RuntimeException error) {
        pendings.forEach(p -> p.result.completeExceptionally(error));
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // After a clean stop the head record names the real end, so a later cut of the tail is seen
        // as a gap. A
        // process that only read (a verifier) leaves the record alone.
        if (wrote) {
            hintedAt = Instant.EPOCH;
            maybeStoreHint();
        }
    }

    private record Pending(
            List<StoredEvent> drafts, CommitKey key, CompletableFuture<StoredCommit> result) {}
}
