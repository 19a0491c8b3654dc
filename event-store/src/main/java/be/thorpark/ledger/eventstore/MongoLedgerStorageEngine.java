package be.thorpark.ledger.eventstore;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Axon event storage on MongoDB with one global, gap-free, strictly increasing position per event, one document per
 * atomic commit, optimistic concurrency through unique aggregate keys, snapshots, and a hash chain over the whole
 * history. See {@link CommitDocuments} for the stored shape and {@link CommitWriter} for how positions are claimed.
 */
public class MongoLedgerStorageEngine extends BatchingEventStorageEngine implements EventLog, AutoCloseable {

    private static final int PAGES_AHEAD = 4;
    private static final int SCAN_PAGE = 500;
    private static final int REMEMBERED_READ_ENDS = 4096;
    private static final int FIRST_PROBE = 16;
    private static final int MAX_PROBE = 1024;

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> snapshots;
    private final CommitReader reader;
    private final CommitWriter writer;
    private final int replayBatchSize;
    private final Map<Long, Long> commitStartingAfter = new ConcurrentHashMap<>();

    protected MongoLedgerStorageEngine(Builder builder) {
        super(builder);
        MongoDatabase database = builder.database;
        this.commits = database.getCollection(builder.commitsCollection);
        this.snapshots = database.getCollection(builder.snapshotsCollection);
        ensureIndexes();
        this.reader = new CommitReader(commits);
        this.replayBatchSize = builder.replayBatchSize;
        this.writer = new CommitWriter(commits, database.getCollection(builder.metaCollection), reader,
                builder.clock, builder.maxCommitsPerWrite);
    }

    /** Who hears of every durable write (metrics). */
    public void observeCommits(CommitObserver observer) {
        writer.observer(observer);
    }

    public static Builder builder() {
        return new Builder();
    }

    private void ensureIndexes() {
        commits.createIndex(Indexes.ascending(CommitDocuments.POSITIONS), new IndexOptions().unique(true));
        // Sparse, and the field is left out when empty: a commit without aggregate events must not collide.
        commits.createIndex(Indexes.ascending(CommitDocuments.AGG_KEYS), new IndexOptions().unique(true).sparse(true));
        commits.createIndex(Indexes.ascending(CommitDocuments.EVENT_IDS), new IndexOptions().unique(true));
        commits.createIndex(Indexes.ascending(CommitDocuments.COMMIT_KEY),
                new IndexOptions().unique(true).sparse(true));
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        List<StoredEvent> drafts = events.stream().map(event -> draft(event, serializer)).toList();
        // A caller learns what its command stored by reading the commit back under the command's key.
        try {
            writer.submit(drafts, CommitKey.ofCurrentCommand().orElse(null)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new EventStoreException("Append failed", e.getCause());
        }
    }

    private static StoredEvent draft(EventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metadata = event.serializeMetaData(serializer, String.class);
        String aggregateType = null;
        String aggregateId = event.getIdentifier();
        long sequence = 0;
        if (event instanceof DomainEventMessage<?> domain && domain.getType() != null) {
            aggregateType = domain.getType();
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        }
        return new StoredEvent(0, StoredText.canonical(event.getIdentifier()), StoredText.canonical(aggregateType),
                StoredText.canonical(aggregateId), sequence, event.getTimestamp(), null,
                StoredText.canonical(payload.getType().getName()),
                StoredText.canonical(payload.getType().getRevision()), StoredText.canonical(payload.getData()),
                StoredText.canonical(metadata.getData()), null);
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        SerializedObject<String> payload = snapshot.serializePayload(serializer, String.class);
        SerializedObject<String> metadata = snapshot.serializeMetaData(serializer, String.class);
        Document doc = new Document("_id", snapshot.getAggregateIdentifier())
                .append("aggType", snapshot.getType())
                .append("seq", snapshot.getSequenceNumber())
                .append("id", snapshot.getIdentifier())
                .append("ts", snapshot.getTimestamp().toString())
                .append("type", payload.getType().getName())
                .append("rev", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("meta", metadata.getData());
        try {
            // Only ever move a snapshot forward; an older one racing in loses on the duplicate _id.
            snapshots.replaceOne(Filters.and(Filters.eq("_id", snapshot.getAggregateIdentifier()),
                            Filters.lt("seq", snapshot.getSequenceNumber())), doc,
                    new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != 11000) {
                throw e;
            }
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document doc = snapshots.find(Filters.eq("_id", aggregateIdentifier)).first();
        if (doc == null) {
            return Stream.empty();
        }
        return Stream.of(new GenericDomainEventEntry<>(doc.getString("aggType"), aggregateIdentifier,
                ((Number) doc.get("seq")).longValue(), doc.getString("id"), doc.getString("ts"),
                doc.getString("type"), doc.getString("rev"), doc.getString("payload"), doc.getString("meta")));
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return readAfter(positionOf(lastToken), batchSize).stream()
                .map(e -> new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(e.position()), entry(e)))
                .toList();
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        return domainEvents(aggregateIdentifier, firstSequenceNumber, batchSize).stream()
                .map(MongoLedgerStorageEngine::entry).toList();
    }

    private List<StoredEvent> domainEvents(String aggregateId, long firstSequence, int count) {
        List<String> keys = LongStream.range(firstSequence, firstSequence + count)
                .mapToObj(seq -> CommitDocuments.aggKey(aggregateId, seq)).toList();
        List<StoredEvent> events = new ArrayList<>();
        for (StoredCommit commit : reader.commitsByAggregateKeys(keys)) {
            for (StoredEvent e : commit.events()) {
                if (aggregateId.equals(e.aggregateId()) && e.aggregateType() != null
                        && e.sequence() >= firstSequence && e.sequence() < firstSequence + count) {
                    events.add(e);
                }
            }
        }
        events.sort(Comparator.comparingLong(StoredEvent::sequence));
        return events;
    }

    private static GenericDomainEventEntry<String> entry(StoredEvent e) {
        return new GenericDomainEventEntry<>(e.aggregateType(), e.aggregateId(), e.sequence(), e.eventId(),
                e.timestamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metadata());
    }

    static long positionOf(TrackingToken token) {
        if (token == null) {
            return 0;
        }
        TrackingToken unwrapped = WrappedToken.unwrapLowerBound(token);
        if (unwrapped == null) {
            return 0;
        }
        if (unwrapped instanceof GlobalSequenceTrackingToken global) {
            return global.getGlobalIndex();
        }
        throw new IllegalArgumentException("Unsupported tracking token " + token.getClass().getName()
                + "; this store tracks by GlobalSequenceTrackingToken");
    }

    @Override
    public List<StoredEvent> readAfter(long after, int limit) {
        List<StoredEvent> contiguous = new ArrayList<>(Math.min(limit, 1024));
        if (limit <= 0) {
            return contiguous;
        }
        List<StoredCommit> batch = List.of();
        Long known = commitStartingAfter.get(after);
        int beyondHead = FIRST_PROBE;
        if (known != null) {
            batch = reader.commitsBySequence(known, commitsToAsk(known, limit, averageEventsPerCommit(), beyondHead));
        }
        if (batch.isEmpty() || batch.get(0).sequence() != known || batch.get(0).firstPosition() != after + 1) {
            // Nothing known, or not what was expected (the head, or a history that was tampered with): the commit
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
            // Commit numbers are gap-free too: ask for as many following commits as, at the average size seen so
            // far, hold the events still missing (at least one, each commit holding at least one event).
            long perCommit = Math.max(1, (expected - after - 1) / commitsRead);
            beyondHead = Math.min(beyondHead * 2, MAX_PROBE);
            batch = reader.commitsBySequence(nextCommit, commitsToAsk(nextCommit, missing, perCommit, beyondHead));
        }
        return remember(contiguous, lastWhole);
    }

    /**
     * Notes which commit follows a read that ended on a commit's last event, so that the next read from there (a
     * processor's next batch, a replay's next page) names that commit number at once instead of first looking up
     * the commit that holds its position.
     */
    private List<StoredEvent> remember(List<StoredEvent> read, StoredCommit lastWhole) {
        if (lastWhole != null && !read.isEmpty() && read.get(read.size() - 1).position() == lastWhole.lastPosition()) {
            if (commitStartingAfter.size() >= REMEMBERED_READ_ENDS) {
                commitStartingAfter.clear();
            }
            commitStartingAfter.put(lastWhole.lastPosition(), lastWhole.sequence() + 1);
        }
        return read;
    }

    /**
     * How many commit numbers from {@code from} to ask for: as many as hold about {@code events} events, but no more
     * than this process knows to exist, and past that only {@code beyondHead} (another process may have written
     * them). Asking for many numbers that do not exist yet would cost a lookup each, at the head, on every poll.
     */
    private int commitsToAsk(long from, int events, long perCommit, int beyondHead) {
        long wanted = Math.max(1, Math.min(events, (events + perCommit - 1) / perCommit));
        long known = writer.head().commitSequence() - from + 1;
        return (int) Math.min(wanted, Math.max(known, beyondHead));
    }

    private long averageEventsPerCommit() {
        Head head = writer.head();
        return head.commitSequence() == 0 ? 1
                : Math.max(1, Math.round((double) head.lastPosition() / head.commitSequence()));
    }

    /**
     * A stream that does not wait for new events (a replay, a rebuild, a processor catching up) is read in large
     * pages on a thread of its own, ahead of the consumer; a stream that waits at the head keeps Axon's batches.
     */
    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        if (mayBlock) {
            return super.readEventData(trackingToken, true);
        }
        long[] after = {positionOf(trackingToken)};
        // The first page is a normal batch, so a reader that wants only a few events does not wait for a thousand;
        // pages then double up to the replay size.
        int[] pageSize = {Math.min(batchSize(), replayBatchSize)};
        ReadAhead<StoredEvent> events = new ReadAhead<>("ledger-history-reader", PAGES_AHEAD, () -> {
            List<StoredEvent> page = readAfter(after[0], pageSize[0]);
            if (!page.isEmpty()) {
                after[0] = page.get(page.size() - 1).position();
            }
            pageSize[0] = Math.min(replayBatchSize, pageSize[0] * 2);
            return page;
        });
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(events, Spliterator.ORDERED | Spliterator.NONNULL),
                        false)
                .onClose(events::close)
                .map(e -> new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(e.position()), entry(e)));
    }

    @Override
    public List<StoredEvent> readEntity(String aggregateId) {
        List<StoredEvent> all = new ArrayList<>();
        int batch = Math.max(batchSize(), 16);
        while (true) {
            List<StoredEvent> page = domainEvents(aggregateId, all.size(), batch);
            all.addAll(page);
            if (page.size() < batch) {
                return all;
            }
        }
    }

    @Override
    public long headPosition() {
        return reader.probeForward(writer.head()).lastPosition();
    }

    @Override
    public long positionAt(Instant instant) {
        Head head = reader.probeForward(writer.head());
        return reader.lastCommitRecordedBefore(instant, true, head.commitSequence())
                .map(StoredCommit::lastPosition).orElse(0L);
    }

    /** Commits are read a few pages ahead on a thread of their own, so the consumer's hashing overlaps the reads. */
    @Override
    public Optional<KeyedCommit> commitByKey(String key) {
        return reader.commitByKey(key);
    }

    @Override
    public HistoryEnd end() {
        // What this process wrote first, then what is stored: a commit appended in between only moves the end on.
        Head written = writer.head();
        long hinted = writer.storedHint();
        return new HistoryEnd(Math.max(Math.max(written.commitSequence(), hinted), reader.highestCommitNumber()),
                Math.max(written.lastPosition(), reader.highestPosition()));
    }

    @Override
    public void scanCommits(long throughCommit, Consumer<StoredCommit> consumer) {
        long[] next = {1};
        try (ReadAhead<StoredCommit> commits = new ReadAhead<>("ledger-history-scan", PAGES_AHEAD, () -> {
            while (true) {
                List<StoredCommit> page = reader.commitsBySequence(next[0], SCAN_PAGE);
                if (!page.isEmpty()) {
                    next[0] = page.get(page.size() - 1).sequence() + 1;
                    return page;
                }
                // An empty page before the store's real end is a gap (deleted commits), not the end: step over it,
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

    @Override
    public TrackingToken createTailToken() {
        return new GlobalSequenceTrackingToken(0);
    }

    @Override
    public TrackingToken createHeadToken() {
        return new GlobalSequenceTrackingToken(headPosition());
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Head head = reader.probeForward(writer.head());
        return new GlobalSequenceTrackingToken(reader.lastCommitRecordedBefore(dateTime, false, head.commitSequence())
                .map(StoredCommit::lastPosition).orElse(0L));
    }

    @Override
    public void close() {
        writer.close();
    }

    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private String commitsCollection = "events";
        private String snapshotsCollection = "snapshots";
        private String metaCollection = "event_store_meta";
        private Clock clock = Clock.systemUTC();
        private int maxCommitsPerWrite = 256;
        private int replayBatchSize = 1000;

        public Builder database(MongoDatabase database) {
            this.database = Objects.requireNonNull(database);
            return this;
        }

        public Builder collections(String commits, String snapshots, String meta) {
            this.commitsCollection = commits;
            this.snapshotsCollection = snapshots;
            this.metaCollection = meta;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Builder maxCommitsPerWrite(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxCommitsPerWrite must be at least 1");
            }
            this.maxCommitsPerWrite = max;
            return this;
        }

        /** Events per page when the history is read without waiting at its head (replays, rebuilds, catching up). */
        public Builder replayBatchSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("replayBatchSize must be at least 1");
            }
            this.replayBatchSize = size;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("A MongoDatabase is required");
            }
        }

        public MongoLedgerStorageEngine build() {
            validate();
            return new MongoLedgerStorageEngine(this);
        }
    }
}
