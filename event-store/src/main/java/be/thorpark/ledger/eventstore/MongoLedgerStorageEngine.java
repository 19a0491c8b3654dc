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
import java.util.Optional;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Axon event storage on MongoDB with one global, gap-free, strictly increasing position per event, one document per
 * atomic commit, optimistic concurrency through unique aggregate keys, snapshots, and a hash chain over the whole
 * history. See {@link CommitDocuments} for the stored shape and {@link CommitWriter} for how positions are claimed.
 */
public class MongoLedgerStorageEngine extends BatchingEventStorageEngine implements EventLog, AutoCloseable {

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> snapshots;
    private final CommitReader reader;
    private final CommitWriter writer;

    protected MongoLedgerStorageEngine(Builder builder) {
        super(builder);
        MongoDatabase database = builder.database;
        this.commits = database.getCollection(builder.commitsCollection);
        this.snapshots = database.getCollection(builder.snapshotsCollection);
        ensureIndexes();
        this.reader = new CommitReader(commits);
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
        Optional<StoredCommit> first = reader.commitAtPosition(after + 1);
        if (first.isEmpty()) {
            return contiguous;
        }
        long expected = after + 1;
        long nextCommit = first.get().sequence();
        List<StoredCommit> batch = List.of(first.get());
        long commitsRead = 0;
        while (!batch.isEmpty()) {
            for (StoredCommit commit : batch) {
                if (commit.sequence() != nextCommit) {
                    return contiguous;
                }
                nextCommit++;
                commitsRead++;
                for (StoredEvent e : commit.events()) {
                    if (e.position() < expected) {
                        continue;
                    }
                    if (e.position() != expected || contiguous.size() == limit) {
                        return contiguous;
                    }
                    contiguous.add(e);
                    expected++;
                }
            }
            int missing = limit - contiguous.size();
            if (missing <= 0) {
                return contiguous;
            }
            // Commit numbers are gap-free too: ask for as many following commits as, at the average size seen so
            // far, hold the events still missing (at least one, each commit holding at least one event).
            long perCommit = Math.max(1, (expected - after - 1) / commitsRead);
            int wanted = (int) Math.max(1, Math.min(missing, (missing + perCommit - 1) / perCommit));
            batch = reader.commitsBySequence(nextCommit, wanted);
        }
        return contiguous;
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
        reader.scan(500, throughCommit, consumer);
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
