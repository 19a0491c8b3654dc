package be.thorpark.ledger.eventstore.bench;

import be.thorpark.ledger.eventstore.MongoLedgerStorageEngine;
import be.thorpark.ledger.eventstore.embedded.EmbeddedMongoServer;
import be.thorpark.ledger.eventstore.integrity.HistoryVerifier;
import be.thorpark.ledger.eventstore.integrity.VerificationResult;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.bson.Document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * Measures the ledger's engine side by side with the raw driver and with axon-mongo's MongoEventStorageEngine, in one
 * run on one durable embedded server, and prints the figures and their ratios. Not a test: see docs/benchmarks.md.
 * <p>
 * Arguments: {@code appendCommits=2000 sizes=10000,100000}.
 */
public final class StoreBenchmark {

    private static final Serializer SERIALIZER = Jackson3Serializer.builder().build();
    private static final String FILLER = "x".repeat(800);

    public record Reading(String meterId, long sequence, String note) {
    }

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            options.put(kv[0], kv[1]);
        }
        int appendCommits = Integer.parseInt(options.getOrDefault("appendCommits", "2000"));
        List<Integer> sizes = java.util.Arrays.stream(options.getOrDefault("sizes", "10000,100000").split(","))
                .map(Integer::parseInt).toList();
        Path dir = Files.createTempDirectory("ledger-bench");
        System.out.printf(Locale.ROOT, "# Campus Ledger store benchmark, %s, %d cores, JDK %s%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "# durable embedded server (commit + fsync per write) in %s%n", dir);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, "127.0.0.1", 0, 1024);
             MongoClient client = MongoClients.create(server.connectionString())) {
            appendThroughput(client, appendCommits);
            for (int size : sizes) {
                historyReads(client, size);
            }
        }
    }

    private static void appendThroughput(MongoClient client, int commits) throws Exception {
        System.out.println();
        System.out.printf(Locale.ROOT, "## Append throughput (%d commits of one ~1 KB event per run)%n", commits);
        System.out.println("| threads | ledger engine commits/s | raw insertOne docs/s | axon-mongo commits/s "
                + "| ledger / raw | ledger / axon-mongo |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (int threads : new int[]{1, 4}) {
            MongoDatabase db = client.getDatabase("append_" + threads);
            MongoLedgerStorageEngine ours = ours(db);
            double oursRate = rate(commits, threads, i -> ours.appendEvents(event("m-" + i, 0)));
            ours.close();
            MongoCollection<Document> raw = db.getCollection("raw");
            Document sample = sampleDocument();
            double rawRate = rate(commits, threads, i -> raw.insertOne(new Document(sample).append("_id", (long) i)));
            EventStorageEngine axon = axonMongo(db);
            double axonRate = rate(commits, threads, i -> axon.appendEvents(event("m-" + i, 0)));
            System.out.printf(Locale.ROOT, "| %d | %.0f | %.0f | %.0f | %.2f | %.2f |%n", threads, oursRate, rawRate,
                    axonRate, oursRate / rawRate, oursRate / axonRate);
        }
    }

    private static void historyReads(MongoClient client, int size) throws Exception {
        System.out.println();
        System.out.printf(Locale.ROOT, "## History of %,d events (50 events per aggregate)%n", size);
        MongoDatabase db = client.getDatabase("history_" + size);
        MongoLedgerStorageEngine ours = ours(db);
        EventStorageEngine axon = axonMongo(db);
        long seedStart = System.nanoTime();
        seed(size, ours::appendEvents);
        double oursSeed = seconds(seedStart);
        seedStart = System.nanoTime();
        seed(size, axon::appendEvents);
        double axonSeed = seconds(seedStart);
        System.out.printf(Locale.ROOT, "seeded in %.1f s (ledger, 4 writers) and %.1f s (axon-mongo, 4 writers)%n",
                oursSeed, axonSeed);

        long start = System.nanoTime();
        long count = ours.readEvents(null, false).count();
        double oursFull = count / seconds(start);
        start = System.nanoTime();
        long rawCount = 0;
        for (Document ignored : db.getCollection("events").find()) {
            rawCount++;
        }
        double rawScan = rawCount / seconds(start);
        System.out.printf(Locale.ROOT, "full history read: ledger %.0f events/s (%d events); raw driver scan of the "
                + "same collection %.0f docs/s (%d docs); ratio %.2f%n", oursFull, count, rawScan, rawCount,
                oursFull / rawScan);

        long middle = size / 2;
        Instant middleTime = ours.readAfter(middle - 1, 1).get(0).recordedAt();
        double oursBatch = bestOf(5, () -> ours.readEvents(ours.createTokenAt(middleTime), false).limit(100).count());
        TrackingToken axonToken = axon.createTokenAt(middleTime);
        double axonBatch = bestOf(5, () -> axon.readEvents(axonToken, false).limit(100).count());
        String aggregate = "agg-" + (size / 50 / 2);
        double oursLoad = bestOf(5, () -> ours.readEvents(aggregate).asStream().count());
        double axonLoad = bestOf(5, () -> axon.readEvents(aggregate).asStream().count());
        System.out.println("| operation | ledger ms | axon-mongo ms | axon-mongo / ledger |");
        System.out.println("| --- | --- | --- | --- |");
        System.out.printf(Locale.ROOT, "| read 100 events after the middle of the history | %.2f | %.2f | %.1f |%n",
                oursBatch, axonBatch, axonBatch / oursBatch);
        System.out.printf(Locale.ROOT, "| load one aggregate (50 events) | %.2f | %.2f | %.1f |%n",
                oursLoad, axonLoad, axonLoad / oursLoad);

        start = System.nanoTime();
        VerificationResult result = new HistoryVerifier(ours).verify();
        double verifyRate = result.events() / seconds(start);
        System.out.printf(Locale.ROOT, "hash chain verification: %.0f events/s (valid=%s, %d events)%n",
                verifyRate, result.valid(), result.events());
        ours.close();
    }

    private static void seed(int size, java.util.function.Consumer<List<? extends EventMessage<?>>> append)
            throws Exception {
        int aggregates = size / 50;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int seq = 0; seq < 50; seq++) {
                    for (int a = thread; a < aggregates; a += 4) {
                        append.accept(List.of(event("agg-" + a, seq)));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    private static double rate(int operations, int threads, IntConsumer operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long i;
                while ((i = next.getAndIncrement()) < operations) {
                    operation.accept((int) i);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return operations / seconds(start);
    }

    private static double bestOf(int runs, java.util.function.LongSupplier work) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.getAsLong();
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return best;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static DomainEventMessage<Reading> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Meter", aggregate, sequence,
                new Reading(aggregate, sequence, FILLER), MetaData.with("actor", "benchmark"));
    }

    private static Document sampleDocument() {
        var serialized = event("m-0", 0).serializePayload(SERIALIZER, String.class);
        return new Document("type", "Meter").append("agg", "m-0").append("seq", 0L)
                .append("payload", serialized.getData()).append("meta", "{\"actor\":\"benchmark\"}")
                .append("hash", "0".repeat(64)).append("ts", Instant.now().toString());
    }

    private static MongoLedgerStorageEngine ours(MongoDatabase db) {
        return MongoLedgerStorageEngine.builder().database(db).eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER).batchSize(100).build();
    }

    private static EventStorageEngine axonMongo(MongoDatabase db) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(db)
                        .domainEventsCollectionName("axon_domainevents")
                        .snapshotEventsCollectionName("axon_snapshotevents").build())
                .eventSerializer(SERIALIZER).snapshotSerializer(SERIALIZER).batchSize(100).build();
        engine.ensureIndexes();
        return engine;
    }
}
