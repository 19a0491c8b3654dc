package be.thorpark.ledger.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * Axon event storage on MongoDB with one global, gap-free, strictly increasing position per event,
 * one document per atomic commit, optimistic concurrency through unique aggregate keys, snapshots,
 * and a hash chain over the whole history. This class is the adapter to Axon: appends go to the
 * {@link CommitWriter}, reads to the {@link LedgerHistory} (which also answers every {@link
 * EventLog} read), snapshots to the {@link SnapshotStore}. See {@link CommitDocuments} for the
 * stored shape and {@link CommitWriter} for how positions are claimed.
 */
public class MongoLedgerStorageEngine extends BatchingEventStorageEngine
        implements EventLog, AutoCloseable {

    private static final int PAGES_AHEAD = 4;

    private final MongoCollection<Document> commits;
    private final CommitWriter writer;
    private final LedgerHistory history;
    private final SnapshotStore snapshots;
    private final int replayBatchSize;

    protected MongoLedgerStorageEngine(Builder builder) {
        super(builder);
        MongoDatabase database = builder.database;
        this.commits = database.getCollection(builder.commitsCollection);
        ensureIndexes();
        CommitReader reader = new CommitReader(commits);
        this.replayBatchSize = builder.replayBatchSize;
        this.writer =
                new CommitWriter(
                        commits,
                        database.getCollection(builder.metaCollection),
                        reader,
                        builder.clock,
                        builder.maxCommitsPerWrite,
                        builder.recentEvents);
        this.history = new LedgerHistory(reader, writer, batchSize());
        this.snapshots = new SnapshotStore(database.getCollection(builder.snapshotsCollection));
    }

    /** Who hears of every durable write (metrics). */
    public void observeCommits(CommitObserver observer) {
        writer.observer(observer);
    }

    public static Builder builder() {
        return new Builder();
    }

    private void ensureIndexes() {
        commits.createIndex(
                Indexes.ascending(CommitDocuments.POSITIONS), new IndexOptions().unique(true));
        // Sparse, and the field is left out when empty: a commit without aggregate events must not
        // collide.
        commits.createIndex(
                Indexes.ascending(CommitDocuments.AGG_KEYS),
                new IndexOptions().unique(true).sparse(true));
        commits.createIndex(
                Indexes.ascending(CommitDocuments.EVENT_IDS), new IndexOptions().unique(true));
        commits.createIndex(
                Indexes.ascending(CommitDocuments.COMMIT_KEY),
                new IndexOptions().unique(true).sparse(true));
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        List<StoredEvent> drafts = events.stream().map(event -> draft(event, serializer)).toList();
        // A caller learns what its command stored by reading the commit back under the command's
        // key.
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
        return new StoredEvent(
                0,
                StoredText.canonical(event.getIdentifier()),
                StoredText.canonical(aggregateType),
                StoredText.canonical(aggregateId),
                sequence,
                event.getTimestamp(),
                null,
                StoredText.canonical(payload.getType().getName()),
                StoredText.canonical(payload.getType().getRevision()),
                StoredText.canonical(payload.getData()),
                StoredText.canonical(metadata.getData()),
                null);
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        snapshots.store(snapshot, serializer);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return snapshots.read(aggregateIdentifier);
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(
            TrackingToken lastToken, int batchSize) {
        return history.readTracked(positionOf(lastToken), batchSize).stream()
                .map(
                        e ->
                                new TrackedDomainEventData<>(
                                        new GlobalSequenceTrackingToken(e.position()), entry(e)))
                .toList();
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(
            String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
        return history.domainEvents(aggregateIdentifier, firstSequenceNumber, batchSize).stream()
                .map(MongoLedgerStorageEngine::entry)
                .toList();
    }

    private static GenericDomainEventEntry<String> entry(StoredEvent e) {
        return new GenericDomainEventEntry<>(
                e.aggregateType(),
                e.aggregateId(),
                e.sequence(),
                e.eventId(),
                e.timestamp(),
                e.payloadType(),
                e.payloadRevision(),
                e.payload(),
                e.metadata());
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
        throw new IllegalArgumentException(
                "Unsupported tracking token "
                        + token.getClass().getName()
                        + "; this store tracks by GlobalSequenceTrackingToken");
    }

    /**
     * A stream that does not wait for new events (a replay, a rebuild, a processor catching up) is
     * read in large pages on a thread of its own, ahead of the consumer; a stream that waits at the
     * head keeps Axon's batches.
     */
    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(
            TrackingToken trackingToken, boolean mayBlock) {
        if (mayBlock) {
            return super.readEventData(trackingToken, true);
        }
        long[] after = {positionOf(trackingToken)};
        // The first page is a normal batch, so a reader that wants only a few events does not wait
        // for a thousand;
        // pages then double up to the replay size.
        int[] pageSize = {Math.min(batchSize(), replayBatchSize)};
        ReadAhead<StoredEvent> events =
                new ReadAhead<>(
                        "ledger-history-reader",
                        PAGES_AHEAD,
                        () -> {
                            List<StoredEvent> page = history.readTracked(after[0], pageSize[0]);
                            if (!page.isEmpty()) {
                                after[0] = page.get(page.size() - 1).position();
                            }
                            pageSize[0] = Math.min(replayBatchSize, pageSize[0] * 2);
                            return page;
                        });
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(
                                events, Spliterator.ORDERED | Spliterator.NONNULL),
                        false)
                .onClose(events::close)
                .map(
                        e ->
                                new TrackedDomainEventData<>(
                                        new GlobalSequenceTrackingToken(e.position()), entry(e)));
    }

    /**
     * At most {@code limit} events after {@code token}, read at once and deserialised: a
     * processor's next batch. Unlike {@link #readEvents(TrackingToken, boolean)} it starts no
     * reader thread and makes no second read to learn that the batch was the last one.
     */
    public List<TrackedEventMessage<?>> nextBatch(TrackingToken token, int limit) {
        List<? extends TrackedEventData<?>> data = fetchTrackedEvents(token, limit);
        if (data.isEmpty()) {
            return List.of();
        }
        return EventUtils.upcastAndDeserializeTrackedEvents(
                        data.stream(), getEventSerializer(), upcasterChain)
                .toList();
    }

    // The history's reads (EventLog) are the ledger history's; the engine answers them for Axon and
    // for every reader.

    @Override
    public List<StoredEvent> readAfter(long after, int limit) {
        return history.readAfter(after, limit);
    }

    @Override
    public List<StoredEvent> readEntity(String aggregateId) {
        return history.readEntity(aggregateId);
    }

    @Override
    public Optional<KeyedCommit> commitByKey(String key) {
        return history.commitByKey(key);
    }

    @Override
    public long headPosition() {
        return history.headPosition();
    }

    @Override
    public long positionAt(Instant instant) {
        return history.positionAt(instant);
    }

    @Override
    public HistoryEnd end() {
        return history.end();
    }

    @Override
    public void scanCommits(long throughCommit, Consumer<StoredCommit> consumer) {
        history.scanCommits(throughCommit, consumer);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> replayAfter(long after) {
        return readEvents(new GlobalSequenceTrackingToken(after), false);
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
        return new GlobalSequenceTrackingToken(history.positionRecordedBefore(dateTime));
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
        private int recentEvents = 4096;

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

        /**
         * Events per page when the history is read without waiting at its head (replays, rebuilds,
         * catching up).
         */
        public Builder replayBatchSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("replayBatchSize must be at least 1");
            }
            this.replayBatchSize = size;
            return this;
        }

        /**
         * How many of the events this process appended last are kept in memory for its own
         * processors (see {@link RecentCommits}); 0 keeps none.
         */
        public Builder recentEvents(int events) {
            if (events < 0) {
                throw new IllegalArgumentException("recentEvents must not be negative");
            }
            this.recentEvents = events;
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
        public Builder upcasterChain(
                org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
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
