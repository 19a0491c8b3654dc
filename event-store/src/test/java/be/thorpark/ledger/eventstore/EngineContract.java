package be.thorpark.ledger.eventstore;

import static be.thorpark.ledger.eventstore.TestEvents.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.thorpark.ledger.eventstore.integrity.HistoryVerifier;
import be.thorpark.ledger.eventstore.integrity.VerificationResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every deployment of the engine must do, whichever MongoDB server is behind it. */
abstract class EngineContract {

    protected final Serializer serializer = Jackson3Serializer.builder().build();
    protected MongoDatabase database;
    protected MongoLedgerStorageEngine engine;
    private final List<MongoLedgerStorageEngine> extraEngines = new ArrayList<>();

    /** A fresh, empty database on the server under test. */
    protected abstract MongoDatabase freshDatabase();

    @BeforeEach
    void startEngine() {
        database = freshDatabase();
        engine = newEngine(Clock.systemUTC());
    }

    @AfterEach
    void closeEngines() {
        engine.close();
        extraEngines.forEach(MongoLedgerStorageEngine::close);
    }

    protected MongoLedgerStorageEngine newEngine(Clock clock) {
        MongoLedgerStorageEngine created =
                MongoLedgerStorageEngine.builder()
                        .database(database)
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .clock(clock)
                        .batchSize(100)
                        .build();
        extraEngines.add(created);
        return created;
    }

    @Test
    void appendedEventsReadBackByAggregateAndInGlobalOrder() {
        engine.appendEvents(reading("meter-1", 0), reading("meter-1", 1));
        engine.appendEvents(reading("meter-2", 0));

        List<? extends DomainEventMessage<?>> meter1 =
                engine.readEvents("meter-1").asStream().toList();
        assertThat(meter1)
                .extracting(DomainEventMessage::getSequenceNumber)
                .containsExactly(0L, 1L);
        assertThat(meter1.get(1).getPayload()).isEqualTo(new TestEvents.MeterRead("meter-1", 1));
        assertThat(meter1.get(0).getMetaData()).containsEntry("actor", "tester");

        List<? extends TrackedEventMessage<?>> all = engine.readEvents(null, false).toList();
        assertThat(all)
                .extracting(m -> MongoLedgerStorageEngine.positionOf(m.trackingToken()))
                .containsExactly(1L, 2L, 3L);
        assertThat(all)
                .extracting(m -> ((DomainEventMessage<?>) m).getAggregateIdentifier())
                .containsExactly("meter-1", "meter-1", "meter-2");
    }

    @Test
    void readingAfterAPositionReturnsExactlyTheNextEventsAcrossLargeAndSmallCommits() {
        List<DomainEventMessage<?>> large = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            large.add(reading("meter-" + (i % 7), i / 7));
        }
        engine.appendEvents(large);
        for (int i = 0; i < 20; i++) {
            engine.appendEvents(reading("meter-x", i));
        }

        assertThat(engine.readAfter(0, 100))
                .extracting(StoredEvent::position)
                .containsExactlyElementsOf(
                        java.util.stream.LongStream.rangeClosed(1, 100).boxed().toList());
        assertThat(engine.readAfter(250, 1000))
                .extracting(StoredEvent::position)
                .containsExactlyElementsOf(
                        java.util.stream.LongStream.rangeClosed(251, 320).boxed().toList());
        assertThat(engine.readAfter(305, 3))
                .extracting(StoredEvent::position)
                .containsExactly(306L, 307L, 308L);
        assertThat(engine.readAfter(320, 10)).isEmpty();
    }

    @Test
    void aCommitsEventsGetConsecutivePositionsAndAreFoundUnderTheCommandsKey() {
        CommitKey key = new CommitKey("command|contract", "request");
        var unitOfWork =
                org.axonframework.messaging.unitofwork.DefaultUnitOfWork.startAndGet(
                        org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(
                                        "read")
                                .andMetaData(key.metaData()));
        try {
            engine.appendEvents(
                    reading("meter-1", 0), reading("meter-2", 0), reading("meter-1", 1));
        } finally {
            unitOfWork.rollback();
        }

        StoredCommit commit = engine.commitByKey(key.key()).orElseThrow().commit();
        assertThat(commit.lastPosition()).isEqualTo(3);
        assertThat(commit.events()).extracting(StoredEvent::position).containsExactly(1L, 2L, 3L);
        assertThat(commit.events())
                .extracting(StoredEvent::entityVersion)
                .containsExactly(1L, 1L, 2L);
        assertThat(engine.headPosition()).isEqualTo(3);
        // What this process answers from memory is what another process reads from the store.
        assertThat(engine.commitByKey(key.key()))
                .isEqualTo(newEngine(Clock.systemUTC()).commitByKey(key.key()))
                .hasValueSatisfying(k -> assertThat(k.requestHash()).isEqualTo("request"));
        assertThat(engine.commitByKey("command|never-used")).isEmpty();
    }

    @Test
    void twoCommitsFromTheSameVersionOneWinsTheOtherGetsAConcurrencyException() {
        engine.appendEvents(reading("meter-1", 0));
        engine.appendEvents(reading("meter-1", 1));

        assertThatThrownBy(() -> engine.appendEvents(reading("meter-1", 1), reading("meter-1", 2)))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(engine.readEvents("meter-1").asStream().count()).isEqualTo(2);
        assertThat(engine.headPosition()).isEqualTo(2);
        engine.appendEvents(reading("meter-1", 2));
        assertThat(engine.headPosition()).as("no gap after a refused commit").isEqualTo(3);
    }

    @Test
    void aRefusedCommitStoresNoneOfItsEvents() {
        engine.appendEvents(reading("meter-2", 0));

        assertThatThrownBy(() -> engine.appendEvents(reading("meter-1", 0), reading("meter-2", 0)))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(engine.readEvents("meter-1").asStream().count()).isZero();
        assertThat(engine.readAfter(0, 10)).hasSize(1);
    }

    @Test
    void aDuplicateEventIdIsRejected() {
        engine.appendEvents(reading("meter-1", 0, "event-a"));

        assertThatThrownBy(() -> engine.appendEvents(reading("meter-2", 0, "event-a")))
                .isInstanceOf(EventStoreException.class);
        assertThat(engine.headPosition()).isEqualTo(1);
    }

    @Test
    void eventsWithoutAnAggregateAreStoredInTheSameOrder() {
        engine.appendEvents(
                GenericEventMessage.asEventMessage(new TestEvents.MeterRead("loose", 1)));
        engine.appendEvents(
                GenericEventMessage.asEventMessage(new TestEvents.MeterRead("loose", 2)));
        engine.appendEvents(reading("meter-1", 0));

        assertThat(engine.readAfter(0, 10))
                .extracting(StoredEvent::position)
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void snapshotsAreStoredAndOnlyMoveForward() {
        engine.storeSnapshot(
                new GenericDomainEventMessage<>(
                        "Meter", "meter-1", 5, new TestEvents.MeterRead("m", 5)));
        engine.storeSnapshot(
                new GenericDomainEventMessage<>(
                        "Meter", "meter-1", 3, new TestEvents.MeterRead("m", 3)));

        DomainEventMessage<?> snapshot = engine.readSnapshot("meter-1").orElseThrow();
        assertThat(snapshot.getSequenceNumber()).isEqualTo(5);
        assertThat(snapshot.getPayload()).isEqualTo(new TestEvents.MeterRead("m", 5));
        assertThat(engine.readSnapshot("meter-2")).isEmpty();
    }

    @Test
    void aggregateReadsStartAtTheRequestedSequence() {
        for (long seq = 0; seq < 250; seq++) {
            engine.appendEvents(reading("meter-1", seq));
        }
        assertThat(
                        engine.readEvents("meter-1", 240)
                                .asStream()
                                .map(DomainEventMessage::getSequenceNumber))
                .containsExactly(240L, 241L, 242L, 243L, 244L, 245L, 246L, 247L, 248L, 249L);
        assertThat(engine.readEntity("meter-1")).hasSize(250);
        assertThat(engine.lastSequenceNumberFor("meter-1")).contains(249L);
    }

    @Test
    void tailHeadAndTimeTokensMarkTheRightPositions() {
        MutableClock clock = new MutableClock(Instant.parse("2023-01-15T09:00:00Z"));
        engine.close();
        engine = newEngine(clock);
        engine.appendEvents(reading("meter-1", 0));
        clock.set(Instant.parse("2023-01-16T09:00:00Z"));
        engine.appendEvents(reading("meter-1", 1), reading("meter-1", 2));
        clock.set(Instant.parse("2023-01-17T09:00:00Z"));
        engine.appendEvents(reading("meter-1", 3));

        assertThat(engine.readEvents(engine.createTailToken(), false).count()).isEqualTo(4);
        assertThat(engine.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(4));
        assertThat(engine.createTokenAt(Instant.parse("2023-01-16T09:00:00Z")))
                .isEqualTo(new GlobalSequenceTrackingToken(1));
        assertThat(engine.createTokenAt(Instant.parse("2023-01-16T10:00:00Z")))
                .isEqualTo(new GlobalSequenceTrackingToken(3));
        assertThat(engine.createTokenAt(Instant.parse("2022-01-01T00:00:00Z")))
                .isEqualTo(new GlobalSequenceTrackingToken(0));
        assertThat(engine.positionAt(Instant.parse("2023-01-16T09:00:00Z"))).isEqualTo(3);
        assertThat(
                        engine.readEvents(
                                        engine.createTokenAt(Instant.parse("2023-01-16T10:00:00Z")),
                                        false)
                                .count())
                .isEqualTo(1);
    }

    @Test
    void recordedTimeNeverGoesBackAlongThePositions() {
        MutableClock clock = new MutableClock(Instant.parse("2023-01-15T09:00:00Z"));
        engine.close();
        engine = newEngine(clock);
        engine.appendEvents(reading("meter-1", 0));
        clock.set(Instant.parse("2023-01-14T09:00:00Z"));
        engine.appendEvents(reading("meter-1", 1));

        assertThat(engine.readAfter(0, 2))
                .extracting(StoredEvent::recordedAt)
                .containsExactly(
                        Instant.parse("2023-01-15T09:00:00Z"),
                        Instant.parse("2023-01-15T09:00:00Z"));
    }

    @Test
    void readingFromTheMiddleOfACommitDeliversTheRestOfIt() {
        engine.appendEvents(reading("meter-1", 0), reading("meter-1", 1), reading("meter-1", 2));
        engine.appendEvents(reading("meter-1", 3));

        assertThat(
                        engine.readEvents(new GlobalSequenceTrackingToken(1), false)
                                .map(m -> MongoLedgerStorageEngine.positionOf(m.trackingToken())))
                .containsExactly(2L, 3L, 4L);
    }

    @Test
    void
            eightConcurrentWritersOverFiftyAggregatesProduceOneGapFreeOrderThatATrackingReaderSeesWhole()
                    throws Exception {
        int writers = 8;
        int commitsPerWriter = 1000;
        int aggregates = 50;
        MongoLedgerStorageEngine secondProcess = newEngine(Clock.systemUTC());
        Map<String, AtomicLong> nextSequence = new ConcurrentHashMap<>();
        for (int a = 0; a < aggregates; a++) {
            nextSequence.put("meter-" + a, new AtomicLong());
        }
        AtomicLong conflicts = new AtomicLong();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Long> seenByTailingReader = Collections.synchronizedList(new ArrayList<>());
        Thread tailingReader =
                new Thread(
                        () -> {
                            TrackingToken token = null;
                            while (writing.get()
                                    || MongoLedgerStorageEngine.positionOf(token)
                                            < engine.headPosition()) {
                                for (TrackedEventMessage<?> m :
                                        engine.readEvents(token, false).toList()) {
                                    seenByTailingReader.add(
                                            MongoLedgerStorageEngine.positionOf(m.trackingToken()));
                                    token = m.trackingToken();
                                }
                            }
                        });
        tailingReader.start();

        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            // Half the writers go through a second engine: two processes sharing one database.
            MongoLedgerStorageEngine target = w % 2 == 0 ? engine : secondProcess;
            done.add(
                    pool.submit(
                            () -> {
                                start.await();
                                for (int c = 0; c < commitsPerWriter; c++) {
                                    String aggregate =
                                            "meter-"
                                                    + ThreadLocalRandom.current()
                                                            .nextInt(aggregates);
                                    while (true) {
                                        long seq = nextSequence.get(aggregate).get();
                                        try {
                                            target.appendEvents(reading(aggregate, seq));
                                            nextSequence.get(aggregate).compareAndSet(seq, seq + 1);
                                            break;
                                        } catch (ConcurrencyException e) {
                                            conflicts.incrementAndGet();
                                            nextSequence.get(aggregate).compareAndSet(seq, seq + 1);
                                        }
                                    }
                                }
                                return null;
                            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        writing.set(false);
        tailingReader.join(TimeUnit.MINUTES.toMillis(2));

        int total = writers * commitsPerWriter;
        List<Long> afterwards =
                engine.readEvents(null, false)
                        .map(m -> MongoLedgerStorageEngine.positionOf(m.trackingToken()))
                        .toList();
        List<Long> expected = java.util.stream.LongStream.rangeClosed(1, total).boxed().toList();
        assertThat(afterwards).containsExactlyElementsOf(expected);
        assertThat(seenByTailingReader)
                .as("a reader tailing during the writes")
                .containsExactlyElementsOf(expected);
        Map<String, List<Long>> sequencesPerAggregate =
                engine.readEvents(null, false)
                        .map(m -> (DomainEventMessage<?>) m)
                        .collect(
                                Collectors.groupingBy(
                                        DomainEventMessage::getAggregateIdentifier,
                                        Collectors.mapping(
                                                DomainEventMessage::getSequenceNumber,
                                                Collectors.toList())));
        sequencesPerAggregate
                .values()
                .forEach(
                        seqs ->
                                assertThat(seqs)
                                        .containsExactlyElementsOf(
                                                java.util.stream.LongStream.range(0, seqs.size())
                                                        .boxed()
                                                        .toList()));
        assertThat(new HistoryVerifier(engine).verify().valid()).isTrue();
        System.out.printf(
                "concurrent writers: %d commits, %d optimistic conflicts retried%n",
                total, conflicts.get());
    }

    @Test
    void aProcessorsBatchesAreWhatTheStoreHoldsWhileTwoProcessesAppendInTurn() {
        MongoLedgerStorageEngine secondProcess = newEngine(Clock.systemUTC());
        // A process that never appends keeps nothing in memory: it reads every batch from the
        // store.
        MongoLedgerStorageEngine storeOnly = newEngine(Clock.systemUTC());
        TrackingToken token = null;
        List<Long> seen = new ArrayList<>();
        for (int round = 0; round < 40; round++) {
            // Runs of this process's commits, broken by the other process's, of 1 to 3 events.
            MongoLedgerStorageEngine writer = round % 3 == 2 ? secondProcess : engine;
            List<DomainEventMessage<?>> events = new ArrayList<>();
            for (int i = 0; i <= round % 3; i++) {
                events.add(reading("meter-" + round, i));
            }
            writer.appendEvents(events);
            for (int step : new int[] {1, 2, 100}) {
                long after = MongoLedgerStorageEngine.positionOf(token);
                List<TrackedEventMessage<?>> batch = engine.nextBatch(token, step);
                List<TrackedEventMessage<?>> fromStore = storeOnly.nextBatch(token, step);
                assertThat(batch)
                        .extracting(m -> MongoLedgerStorageEngine.positionOf(m.trackingToken()))
                        .as("round %d, batch of %d after %d", round, step, after)
                        .containsExactlyElementsOf(
                                engine.readAfter(after, step).stream()
                                        .map(StoredEvent::position)
                                        .toList());
                assertThat(batch).hasSameSizeAs(fromStore);
                for (int i = 0; i < batch.size(); i++) {
                    DomainEventMessage<?> read = (DomainEventMessage<?>) batch.get(i);
                    DomainEventMessage<?> stored = (DomainEventMessage<?>) fromStore.get(i);
                    assertThat(read.getIdentifier()).isEqualTo(stored.getIdentifier());
                    assertThat(read.getTimestamp()).isEqualTo(stored.getTimestamp());
                    assertThat(read.getAggregateIdentifier())
                            .isEqualTo(stored.getAggregateIdentifier());
                    assertThat(read.getSequenceNumber()).isEqualTo(stored.getSequenceNumber());
                    assertThat(read.getPayload()).isEqualTo(stored.getPayload());
                    assertThat(read.getMetaData()).isEqualTo(stored.getMetaData());
                    assertThat(batch.get(i).trackingToken())
                            .isEqualTo(fromStore.get(i).trackingToken());
                    seen.add(MongoLedgerStorageEngine.positionOf(batch.get(i).trackingToken()));
                }
                if (!batch.isEmpty()) {
                    token = batch.get(batch.size() - 1).trackingToken();
                }
            }
        }
        assertThat(seen)
                .containsExactlyElementsOf(
                        java.util.stream.LongStream.rangeClosed(1, engine.headPosition())
                                .boxed()
                                .toList());
        assertThat(engine.nextBatch(token, 100)).isEmpty();
    }

    @Test
    void anEntityOfManyEventsIsReadWholeFromAnySequenceAcrossPagesOfKeys() {
        for (int i = 0; i < 230; i += 10) {
            List<DomainEventMessage<?>> commit = new ArrayList<>();
            for (int j = i; j < Math.min(i + 10, 230); j++) {
                commit.add(reading("meter-long", j));
            }
            engine.appendEvents(commit);
            engine.appendEvents(reading("meter-other-" + i, 0));
        }
        for (long from : new long[] {0, 7, 8, 37, 100, 229, 230}) {
            assertThat(engine.readEvents("meter-long", from).asStream().toList())
                    .extracting(DomainEventMessage::getSequenceNumber)
                    .as("from %d", from)
                    .containsExactlyElementsOf(
                            java.util.stream.LongStream.range(from, 230).boxed().toList());
        }
        assertThat(engine.readEntity("meter-long")).hasSize(230);
    }

    @Test
    void anUntouchedHistoryVerifies() {
        appendHistory(6);

        VerificationResult result = new HistoryVerifier(engine).verify();

        assertThat(result.valid()).isTrue();
        assertThat(result.events()).isEqualTo(6);
        assertThat(result.headPosition()).isEqualTo(6);
        assertThat(result.headHash()).isEqualTo(engine.readAfter(5, 1).get(0).hash());
    }

    @Test
    void aChangedPayloadIsReportedAtItsPosition() {
        appendHistory(6);
        MongoCollection<Document> raw = database.getCollection("events");
        Document commit = raw.find(Filters.eq("positions", 4L)).first();
        String payload = commit.getList("events", Document.class).get(0).getString("payload");
        raw.updateOne(
                Filters.eq("_id", commit.get("_id")),
                Updates.set("events.0.payload", payload.replace("meter", "METER")));

        assertBrokenAt(4, VerificationResult.Problem.CHANGED);
    }

    @Test
    void editedMetadataIsReportedAtItsPosition() {
        appendHistory(6);
        MongoCollection<Document> raw = database.getCollection("events");
        raw.updateOne(
                Filters.eq("positions", 2L),
                Updates.set("events.0.meta", "{\"actor\":\"someone-else\"}"));

        assertBrokenAt(2, VerificationResult.Problem.CHANGED);
    }

    @Test
    void aDeletedEventIsReportedAsMissing() {
        appendHistory(6);
        database.getCollection("events").deleteOne(Filters.eq("positions", 3L));

        assertBrokenAt(3, VerificationResult.Problem.MISSING);
    }

    @Test
    void twoSwappedEventsAreReportedAtTheFirstOfThem() {
        appendHistory(6);
        MongoCollection<Document> raw = database.getCollection("events");
        Document second = raw.find(Filters.eq("_id", 2L)).first();
        Document fifth = raw.find(Filters.eq("_id", 5L)).first();
        raw.deleteMany(Filters.in("_id", List.of(2L, 5L)));
        raw.insertOne(new Document(fifth).append("_id", 2L));
        raw.insertOne(new Document(second).append("_id", 5L));

        assertBrokenAt(2, VerificationResult.Problem.OUT_OF_ORDER);
    }

    @Test
    void aRecomputedHashIsStillCaughtAtTheNextEvent() {
        appendHistory(6);
        MongoCollection<Document> raw = database.getCollection("events");
        raw.updateOne(Filters.eq("positions", 4L), Updates.set("events.0.hash", "f".repeat(64)));

        assertBrokenAt(4, VerificationResult.Problem.CHANGED);
    }

    private void assertBrokenAt(long position, VerificationResult.Problem problem) {
        VerificationResult result = new HistoryVerifier(engine).verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenPosition()).isEqualTo(position);
        assertThat(result.problem()).isEqualTo(problem);
        assertThat(result.headPosition()).isEqualTo(position - 1);
    }

    private void appendHistory(int count) {
        for (int i = 0; i < count; i++) {
            engine.appendEvents(reading("meter-" + (i % 2), i / 2));
        }
    }

    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
