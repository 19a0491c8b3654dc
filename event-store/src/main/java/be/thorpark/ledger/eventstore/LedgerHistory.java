package be.thorpark.ledger.eventstore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.LongStream;

/**
 * The reads of the stored history that auditors, tools and the Axon adapter share: events after a
 * position, one entity's events, a commit by its key, the head, the position at an instant, the
 * real end and a scan of every commit. Each is an exact-key lookup ({@link CommitReader}); what
 * this process wrote last ({@link CommitWriter#head()}) bounds how far ahead a read asks.
 */
final class LedgerHistory {

    private static final int PAGES_AHEAD = 4;
    private static final int SCAN_PAGE = 500;
    private static final int REMEMBERED_READ_ENDS = 4096;
    private static final int FIRST_PROBE = 16;
    private static final int MAX_PROBE = 1024;
    private static final int FIRST_ENTITY_KEYS = 8;

    private final CommitReader reader;
    private final CommitWriter writer;
    private final int entityPage;
    private final Map<Long, Long> commitStartingAfter = new ConcurrentHashMap<>();

    /** {@code entityPage}: how many events of one entity are asked for at a time. */
    LedgerHistory(CommitReader reader, CommitWriter writer, int entityPage) {
        this.reader = reader;
        this.writer = writer;
        this.entityPage = Math.max(entityPage, 16);
    }

    /**
     * Like {@link #readAfter}, but answered from what this process appended last when that holds
     * the position: the read of Axon's streams (processors, replays), which follow the head. The
     * auditors' reads ({@link EventLog}) always ask the store.
     */
    List<StoredEvent> readTracked(long after, int limit) {
        List<StoredEvent> recent = writer.recent().after(after, limit);
        return recent != null ? recent : readAfter(after, limit);
    }

    List<StoredEvent> readAfter(long after, int limit) {
        List<StoredEvent> contiguous = new ArrayList<>(Math.min(limit, 1024));
        if (limit <= 0) {
            return contiguous;
        }
        List<StoredCommit> batch = List.of();
        Long known = commitStartingAfter.get(after);
        if (known == null) {
            long following = writer.recent().commitStartingAfter(after);
            known = following > 0 ? following : null;
        }
        int beyondHead = FIRST_PROBE;
        if (known != null) {
            batch =
                    reader.commitsBySequence(
                            known,
                            commitsToAsk(known, limit, averageEventsPerCommit(), beyondHead));
        }
        if (batch.isEmpty()
                || batch.get(0).sequence() != known
                || batch.get(0).firstPosition() != after + 1) {
            // Nothing known, or not what was expected (the head, or a history that was tampered
            // with): the commit
            // that holds the position decides.
            Optional<StoredCommit> first = reader.commitAtPosition(after + 1);
            if (first.isEmpty()) {
                return contiguous;
            }
            batch = List.of(first.get());
        }
        long nextCommit = batch.get(0).sequence();
        long expected = after + 1;
        long commitsRead = 0;
        StoredCommit lastWhole = null;
        while (!batch.isEmpty()) {
            for (StoredCommit commit : batch) {
                if (commit.sequence() != nextCommit) {
                    return remember(contiguous, lastWhole);
                }
                nextCommit++;
                commitsRead++;
                for (StoredEvent e : commit.events()) {
                    if (e.position() < expected) {
                        continue;
                    }
                    if (e.position() != expected || contiguous.size() == limit) {
                        return remember(contiguous, lastWhole);
                    }
                    contiguous.add(e);
                    expected++;
                }
                lastWhole = commit;
            }
            int missing = limit - contiguous.size();
            if (missing <= 0) {
                return remember(contiguous, lastWhole);
            }
            // Commit numbers are gap-free too: ask for as many following commits as, at the average
            // size seen so
            // far, hold the events still missing (at least one, each commit holding at least one
            // event).
            long perCommit = Math.max(1, (expected - after - 1) / commitsRead);
            beyondHead = Math.min(beyondHead * 2, MAX_PROBE);
            batch =
                    reader.commitsBySequence(
                            nextCommit, commitsToAsk(nextCommit, missing, perCommit, beyondHead));
        }
        return remember(contiguous, lastWhole);
    }

    /**
     * Notes which commit follows a read that ended on a commit's last event, so that the next read
     * from there (a processor's next batch, a replay's next page) names that commit number at once
     * instead of first looking up the commit that holds its position.
     */
    private List<StoredEvent> remember(List<StoredEvent> read, StoredCommit lastWhole) {
        if (lastWhole != null
                && !read.isEmpty()
                && read.get(read.size() - 1).position() == lastWhole.lastPosition()) {
            if (commitStartingAfter.size() >= REMEMBERED_READ_ENDS) {
                commitStartingAfter.clear();
            }
            commitStartingAfter.put(lastWhole.lastPosition(), lastWhole.sequence() + 1);
        }
        return read;
    }

    /**
     * How many commit numbers from {@code from} to ask for: as many as hold about {@code events}
     * events, but no more than this process knows to exist, and past that only {@code beyondHead}
     * (another process may have written them). Asking for many numbers that do not exist yet would
     * cost a lookup each, at the head, on every poll.
     */
    private int commitsToAsk(long from, int events, long perCommit, int beyondHead) {
        long wanted = Math.max(1, Math.min(events, (events + perCommit - 1) / perCommit));
        long known = writer.head().commitSequence() - from + 1;
        return (int) Math.min(wanted, Math.max(known, beyondHead));
    }

    private long averageEventsPerCommit() {
        Head head = writer.head();
        return head.commitSequence() == 0
                ? 1
                : Math.max(1, Math.round((double) head.lastPosition() / head.commitSequence()));
    }

    /**
     * The events of one aggregate from {@code firstSequence}, at most {@code count}, by exact
     * aggregate keys: first a few keys, then twice as many each time all of them were found. Most
     * entities hold a handful of events, and every key asked for is a lookup whether it exists or
     * not, so asking for {@code count} keys at once would cost a command up to a hundred lookups.
     */
    List<StoredEvent> domainEvents(String aggregateId, long firstSequence, int count) {
        List<StoredEvent> events = new ArrayList<>();
        long next = firstSequence;
        long end = firstSequence + count;
        int page = FIRST_ENTITY_KEYS;
        while (next < end) {
            int asked = (int) Math.min(page, end - next);
            List<StoredEvent> found = domainEventsAt(aggregateId, next, asked);
            events.addAll(found);
            if (found.size() < asked) {
                break;
            }
            next += asked;
            page = Math.min(page * 2, entityPage);
        }
        return events;
    }

    private List<StoredEvent> domainEventsAt(String aggregateId, long firstSequence, int count) {
        List<String> keys =
                LongStream.range(firstSequence, firstSequence + count)
                        .mapToObj(seq -> CommitDocuments.aggKey(aggregateId, seq))
                        .toList();
        List<StoredEvent> events = new ArrayList<>();
        for (StoredCommit commit : reader.commitsByAggregateKeys(keys)) {
            for (StoredEvent e : commit.events()) {
                if (aggregateId.equals(e.aggregateId())
                        && e.aggregateType() != null
                        && e.sequence() >= firstSequence
                        && e.sequence() < firstSequence + count) {
                    events.add(e);
                }
            }
        }
        events.sort(Comparator.comparingLong(StoredEvent::sequence));
        return events;
    }

    List<StoredEvent> readEntity(String aggregateId) {
        List<StoredEvent> all = new ArrayList<>();
        int batch = entityPage;
        while (true) {
            List<StoredEvent> page = domainEvents(aggregateId, all.size(), batch);
            all.addAll(page);
            if (page.size() < batch) {
                return all;
            }
        }
    }

    long headPosition() {
        return reader.probeForward(writer.head()).lastPosition();
    }

    long positionAt(Instant instant) {
        Head head = reader.probeForward(writer.head());
        return reader.lastCommitRecordedBefore(instant, true, head.commitSequence())
                .map(StoredCommit::lastPosition)
                .orElse(0L);
    }

    /**
     * The commit stored under {@code key}: a command reading back what it just appended finds it in
     * memory; any other key, and a key not used yet, is asked of the store.
     */
    Optional<KeyedCommit> commitByKey(String key) {
        KeyedCommit recent = writer.recent().byKey(key);
        return recent != null ? Optional.of(recent) : reader.commitByKey(key);
    }

    HistoryEnd end() {
        // What this process wrote first, then what is stored: a commit appended in between only
        // moves the end on.
        Head written = writer.head();
        long hinted = writer.storedHint();
        return new HistoryEnd(
                Math.max(Math.max(written.commitSequence(), hinted), reader.highestCommitNumber()),
                Math.max(written.lastPosition(), reader.highestPosition()));
    }

    /**
     * Commits are read a few pages ahead on a thread of their own, so the consumer's hashing
     * overlaps the reads.
     */
    void scanCommits(long throughCommit, Consumer<StoredCommit> consumer) {
        long[] next = {1};
        try (ReadAhead<StoredCommit> commits =
                new ReadAhead<>(
                        "ledger-history-scan",
                        PAGES_AHEAD,
                        () -> {
                            while (true) {
                                List<StoredCommit> page =
                                        reader.commitsBySequence(next[0], SCAN_PAGE);
                                if (!page.isEmpty()) {
                                    next[0] = page.get(page.size() - 1).sequence() + 1;
                                    return page;
                                }
                                // An empty page before the store's real end is a gap (deleted
                                // commits), not the end: step over it,
                                // so that verification reaches every commit stored after it.
                                if (next[0] > throughCommit) {
                                    return page;
                                }
                                next[0] += SCAN_PAGE;
                            }
                        })) {
            commits.forEachRemaining(consumer);
        }
    }

    /**
     * The last position recorded strictly before {@code instant}, 0 if none (a tracking token at
     * that instant).
     */
    long positionRecordedBefore(Instant instant) {
        Head head = reader.probeForward(writer.head());
        return reader.lastCommitRecordedBefore(instant, false, head.commitSequence())
                .map(StoredCommit::lastPosition)
                .orElse(0L);
    }
}
