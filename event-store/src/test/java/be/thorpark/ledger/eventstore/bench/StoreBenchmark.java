package be.thorpark.ledger.eventstore.bench;

import be.thorpark.ledger.eventstore.MongoLedgerStorageEngine;
import be.thorpark.ledger.eventstore.embedded.EmbeddedMongoServer;
import be.thorpark.ledger.eventstore.integrity.HistoryVerifier;
import be.thorpark.ledger.eventstore.integrity.VerificationResult;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.bson.Document;
import org.bson.RawBsonDocument;

/**
 * Measures the ledger's engine side by side with the raw driver and with axon-mongo's
 * MongoEventStorageEngine, in one run on one durable embedded server (commit and fsync per write),
 * and prints the figures and their ratios as Markdown. Not a test: see docs/benchmarks.md for the
 * command and for how to read the output.
 *
 * <p>Arguments (all optional): {@code appendCommits=2000 sizes=10000,100000 axonMaxSize=100000
 * seedWriters=64 fullReadLimit=100000}. History sizes above {@code axonMaxSize} are loaded into the
 * ledger engine only, and axon-mongo is measured at {@code axonMaxSize} next to them, so every
 * printed figure is a measured one.
 */
public final class StoreBenchmark {

    private static final Serializer SERIALIZER = Jackson3Serializer.builder().build();
    private static final String FILLER = "x".repeat(800);
    private static final int EVENTS_PER_AGGREGATE = 50;
    private static final int BATCH = 100;
    private static final int WARM_UP_COMMITS = 300;

    /**
     * Repeated timings stop after this much time, so full scans on large histories keep the run
     * short.
     */
    private static final long TIMING_BUDGET_NANOS = 15_000_000_000L;

    /**
     * Full-history reads and verifications are repeated this often; the tables quote their medians.
     */
    private static final int ROUNDS = 3;

    private static final int COMPACT_MILLIS = 120_000;

    public record Reading(String meterId, long sequence, String note) {}

    private StoreBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            options.put(kv[0], kv[1]);
        }
        int appendCommits = Integer.parseInt(options.getOrDefault("appendCommits", "2000"));
        List<Integer> sizes =
                Arrays.stream(options.getOrDefault("sizes", "10000,100000").split(","))
                        .map(String::trim)
                        .map(Integer::parseInt)
                        .toList();
        int axonMaxSize = Integer.parseInt(options.getOrDefault("axonMaxSize", "100000"));
        int seedWriters = Integer.parseInt(options.getOrDefault("seedWriters", "64"));
        int fullReadLimit = Integer.parseInt(options.getOrDefault("fullReadLimit", "100000"));

        // The embedded server warns once per axon-mongo index it cannot build; docs/benchmarks.md
        // explains it.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("de.bwaldvogel"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        Path dir = Files.createTempDirectory("ledger-bench");
        long runStart = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "# Campus Ledger store benchmark, %s, %d cores, JDK %s (%s), max heap %d MB%n",
                Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(
                Locale.ROOT,
                "# durable embedded server (commit + fsync per write command) in %s%n",
                dir);
        System.out.printf(
                Locale.ROOT,
                "# options: appendCommits=%d sizes=%s axonMaxSize=%d seedWriters=%d "
                        + "fullReadLimit=%d%n",
                appendCommits,
                sizes,
                axonMaxSize,
                seedWriters,
                fullReadLimit);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, "127.0.0.1", 0, 1024);
                MongoClient client = MongoClients.create(server.connectionString())) {
            warmUp(client);
            appendThroughput(client, appendCommits);
            List<Integer> axonSizes = new ArrayList<>();
            for (int size : sizes) {
                int axonSize = Math.min(size, axonMaxSize);
                if (!axonSizes.contains(axonSize)) {
                    axonSizes.add(axonSize);
                }
            }
            Map<Integer, AxonHistory> axonHistories = new HashMap<>();
            for (int size : axonSizes) {
                axonHistories.put(size, AxonHistory.seed(client, size));
            }
            for (int size : sizes) {
                Path historyDir = dir.resolve("history-" + size);
                try (EmbeddedMongoServer historyServer =
                                EmbeddedMongoServer.start(historyDir, "127.0.0.1", 0, 1024);
                        MongoClient historyClient =
                                MongoClients.create(historyServer.connectionString())) {
                    historyReads(
                            historyServer,
                            historyClient,
                            size,
                            axonHistories.get(Math.min(size, axonMaxSize)),
                            seedWriters,
                            fullReadLimit);
                }
            }
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "# store file %,d MB; whole run %.0f s%n",
                    Files.size(server.file()) >> 20,
                    seconds(runStart));
        } finally {
            deleteRecursively(dir);
        }
    }

    /**
     * Runs every measured code path once before any figure is taken, so none pays the JIT warm-up
     * alone.
     */
    private static void warmUp(MongoClient client) throws Exception {
        MongoDatabase db = client.getDatabase("warm_up");
        MongoLedgerStorageEngine ours = ours(db);
        EventStorageEngine axon = axonMongo(db);
        MongoCollection<Document> raw = db.getCollection("raw");
        Document sample = sampleDocument();
        rate(WARM_UP_COMMITS, 4, i -> ours.appendEvents(event("w-" + i, 0)));
        rate(WARM_UP_COMMITS, 4, i -> raw.insertOne(new Document(sample).append("_id", (long) i)));
        rate(WARM_UP_COMMITS, 4, i -> axon.appendEvents(event("w-" + i, 0)));
        ours.readEvents(null, false).count();
        axon.readEvents(null, false).count();
        ours.readEvents("w-1").asStream().count();
        axon.readEvents("w-1").asStream().count();
        new HistoryVerifier(ours).verify();
        ours.close();
    }

    private static void appendThroughput(MongoClient client, int commits) throws Exception {
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "## Append throughput (%,d commits of one ~1 KB event per run, each "
                        + "acknowledged only once durable)%n%n",
                commits);
        System.out.println(
                "| writer threads | ledger engine commits/s | raw insertOne docs/s | axon-mongo"
                        + " commits/s | ledger / raw | ledger / axon-mongo |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (int threads : new int[] {1, 4, 16}) {
            MongoDatabase db = client.getDatabase("append_" + threads);
            MongoLedgerStorageEngine ours = ours(db);
            double oursRate = rate(commits, threads, i -> ours.appendEvents(event("m-" + i, 0)));
            ours.close();
            MongoCollection<Document> raw = db.getCollection("raw");
            Document sample = sampleDocument();
            double rawRate =
                    rate(
                            commits,
                            threads,
                            i -> raw.insertOne(new Document(sample).append("_id", (long) i)));
            EventStorageEngine axon = axonMongo(db);
            double axonRate = rate(commits, threads, i -> axon.appendEvents(event("m-" + i, 0)));
            System.out.printf(
                    Locale.ROOT,
                    "| %d | %.0f | %.0f | %.0f | %.2f | %.2f |%n",
                    threads,
                    oursRate,
                    rawRate,
                    axonRate,
                    oursRate / rawRate,
                    oursRate / axonRate);
        }
    }

    private static void historyReads(
            EmbeddedMongoServer server,
            MongoClient client,
            int size,
            AxonHistory axon,
            int seedWriters,
            int fullReadLimit)
            throws Exception {
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "## History of %,d events (%d events per aggregate, aggregates interleaved)"
                        + "%n%n",
                size,
                EVENTS_PER_AGGREGATE);
        MongoDatabase db = client.getDatabase("history_" + size);
        MongoLedgerStorageEngine ours = ours(db);
        long seedStart = System.nanoTime();
        seedOneEventCommits(size, seedWriters, ours);
        System.out.printf(
                Locale.ROOT,
                "- ledger engine loaded with %,d one-event commits from %d writer threads "
                        + "in %.1f s (%.0f commits/s, group commit)%n",
                size,
                seedWriters,
                seconds(seedStart),
                size / seconds(seedStart));
        System.out.printf(
                Locale.ROOT,
                "- axon-mongo measured on a history of %,d events%s, loaded in %.1f s (appends of"
                        + " %d events; axon-mongo stores one document per event either way)%n",
                axon.size,
                axon.size == size ? " (the same size)" : " (NOT the same size: see above)",
                axon.seedSeconds,
                BATCH);

        int readCount = Math.min(size, fullReadLimit);
        MongoCollection<Document> events = db.getCollection("events");
        List<Double> rawRates = new ArrayList<>();
        List<Double> readRates = new ArrayList<>();
        List<Double> replayRates = new ArrayList<>();
        List<Double> verifyRates = new ArrayList<>();
        List<String> rounds = new ArrayList<>();
        VerificationResult result = null;
        for (int round = 1; round <= ROUNDS; round++) {
            // Interleaved, so that whatever else the machine does weighs on every figure of a round
            // alike.
            // Each clock starts before the query is sent: the embedded server may answer a whole
            // scan in its first
            // reply, which the driver receives while the cursor is opened.
            long rawStart = System.nanoTime();
            Throughput rawScan;
            // In batches of 1,000, as the ledger's replay pages: unbatched, the embedded server
            // answers the whole scan in its first reply, which past about 30,000 events is larger
            // than the driver accepts (48 MB).
            try (var cursor = events.find().limit(readCount).batchSize(1000).iterator()) {
                rawScan = drain(cursor, rawStart);
            }
            long readStart = System.nanoTime();
            Throughput read;
            try (Stream<? extends TrackedEventMessage<?>> stream = ours.readEvents(null, false)) {
                read = drain(stream.limit(readCount).iterator(), readStart);
            }
            long replayStart = System.nanoTime();
            Throughput replay;
            try (Stream<? extends TrackedEventMessage<?>> stream = ours.readEvents(null, false)) {
                replay =
                        drain(
                                stream.limit(readCount)
                                        .map(TrackedEventMessage::getPayload)
                                        .iterator(),
                                replayStart);
            }
            long start = System.nanoTime();
            result = new HistoryVerifier(ours).verify();
            double verifyRate = result.events() / seconds(start);
            if (!result.valid() || result.events() != size) {
                throw new IllegalStateException("the seeded history does not verify: " + result);
            }
            if (read.count != readCount
                    || replay.count != readCount
                    || rawScan.count != readCount) {
                throw new IllegalStateException(
                        "a read stopped early: "
                                + read.count
                                + " / "
                                + replay.count
                                + " / "
                                + rawScan.count
                                + " of "
                                + readCount);
            }
            rawRates.add(rawScan.perSecond);
            readRates.add(read.perSecond);
            replayRates.add(replay.perSecond);
            verifyRates.add(verifyRate);
            rounds.add(
                    String.format(
                            Locale.ROOT,
                            "| %d | %.0f | %.0f (%.2f) | %.0f (%.2f) | %.0f (%.2f) |",
                            round,
                            rawScan.perSecond,
                            read.perSecond,
                            read.perSecond / rawScan.perSecond,
                            replay.perSecond,
                            replay.perSecond / rawScan.perSecond,
                            verifyRate,
                            verifyRate / rawScan.perSecond));
        }
        Throughput axonFull =
                throughput(axon.engine.readEvents(null, false).limit(readCount).iterator());

        long middle = size / 2;
        TrackingToken oursMiddle = new GlobalSequenceTrackingToken(middle);
        Timing oursBatch =
                time(() -> ours.readEvents(oursMiddle, false).limit(BATCH).count(), BATCH);
        Timing axonBatch =
                time(
                        () -> axon.engine.readEvents(axon.middleToken, false).limit(BATCH).count(),
                        BATCH);
        String aggregate = aggregateOf(middle, size);
        String axonAggregate = aggregateOf(axon.size / 2, axon.size);
        Timing oursLoad =
                time(() -> ours.readEvents(aggregate).asStream().count(), EVENTS_PER_AGGREGATE);
        Timing axonLoad =
                time(
                        () -> axon.engine.readEvents(axonAggregate).asStream().count(),
                        EVENTS_PER_AGGREGATE);

        String axonSize = String.format(Locale.ROOT, "%,d", axon.size);
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "| operation (history of %,d; axon-mongo at %s) | ledger | raw driver | "
                        + "axon-mongo | axon-mongo / ledger |%n",
                size,
                axonSize);
        System.out.println("| --- | --- | --- | --- | --- |");
        System.out.printf(
                Locale.ROOT,
                "| read from the start (events/s, median of %d; events read: %,d / %,d / "
                        + "%,d) | %.0f | %.0f | %.0f | %.2f |%n",
                ROUNDS,
                readCount,
                readCount,
                axonFull.count,
                median(readRates),
                median(rawRates),
                axonFull.perSecond,
                axonFull.perSecond / median(readRates));
        System.out.printf(
                Locale.ROOT,
                "| read %d events after the middle (ms, median of %d / %d) | %.2f | - | %.2f | "
                        + "%.1f |%n",
                BATCH,
                oursBatch.runs,
                axonBatch.runs,
                oursBatch.medianMs,
                axonBatch.medianMs,
                axonBatch.medianMs / oursBatch.medianMs);
        System.out.printf(
                Locale.ROOT,
                "| load one aggregate, %d events (ms, median of %d / %d) | %.2f | - | %.2f | "
                        + "%.1f |%n",
                EVENTS_PER_AGGREGATE,
                oursLoad.runs,
                axonLoad.runs,
                oursLoad.medianMs,
                axonLoad.medianMs,
                axonLoad.medianMs / oursLoad.medianMs);
        System.out.printf(
                Locale.ROOT,
                "| verify the whole hash chain (events/s, median of %d) | %.0f | - | - | - |%n",
                ROUNDS,
                median(verifyRates));
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "Full-history reads of %,d events, round by round (events/s; in brackets the "
                        + "ratio to the raw scan of the same round):%n%n",
                readCount);
        System.out.println(
                "| round | raw driver scan | ledger read | ledger read + payload deserialised "
                        + "| ledger verification |");
        System.out.println("| --- | --- | --- | --- | --- |");
        rounds.forEach(System.out::println);
        System.out.printf(
                Locale.ROOT,
                "| median | %.0f | %.0f (%.2f) | %.0f (%.2f) | %.0f (%.2f) |%n",
                median(rawRates),
                median(readRates),
                median(readRates) / median(rawRates),
                median(replayRates),
                median(replayRates) / median(rawRates),
                median(verifyRates),
                median(verifyRates) / median(rawRates));
        System.out.printf(
                Locale.ROOT,
                "%nverification: valid=%s, %,d events%n",
                result.valid(),
                result.events());
        footprint(server, events, size);
        ours.close();
    }

    /**
     * Bytes on disk per event next to the stored size of its document, as loaded, and after the
     * store file has been compacted.
     */
    private static void footprint(
            EmbeddedMongoServer server, MongoCollection<Document> events, int size)
            throws IOException {
        long documentBytes = 0;
        for (RawBsonDocument doc :
                events.withDocumentClass(RawBsonDocument.class).find().batchSize(1000)) {
            documentBytes += doc.getByteBuffer().remaining();
        }
        long loaded = Files.size(server.file());
        int loadedFill = server.fillRate();
        long start = System.nanoTime();
        server.compactFile(COMPACT_MILLIS);
        double compactSeconds = seconds(start);
        long compacted = Files.size(server.file());
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "Footprint of %,d events (one store file for this history alone; stored "
                        + "document size %,d bytes per event):%n%n",
                size,
                documentBytes / size);
        System.out.println("| store file | MB | bytes per event | / document size | fill rate |");
        System.out.println("| --- | --- | --- | --- | --- |");
        System.out.printf(
                Locale.ROOT,
                "| as loaded | %,d | %,d | %.2f | %d %% |%n",
                loaded >> 20,
                loaded / size,
                (double) loaded / documentBytes,
                loadedFill);
        System.out.printf(
                Locale.ROOT,
                "| after compactFile (%.1f s) | %,d | %,d | %.2f | %d %% |%n",
                compactSeconds,
                compacted >> 20,
                compacted / size,
                (double) compacted / documentBytes,
                server.fillRate());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        return sorted.get(sorted.size() / 2);
    }

    /**
     * Event {@code k} of a history of {@code size}: aggregates take turns, so each one's events are
     * spread out.
     */
    private static DomainEventMessage<Reading> historyEvent(long k, int size) {
        long aggregates = size / EVENTS_PER_AGGREGATE;
        return event("agg-" + (k % aggregates), k / aggregates);
    }

    private static String aggregateOf(long k, int size) {
        return "agg-" + (k % (size / EVENTS_PER_AGGREGATE));
    }

    /**
     * One event per commit, the shape the application writes; many writers let concurrent commits
     * share one durable write, which is how the engine takes load.
     */
    private static void seedOneEventCommits(int size, int writers, MongoLedgerStorageEngine engine)
            throws Exception {
        rate(size, writers, k -> engine.appendEvents(historyEvent(k, size)));
    }

    /**
     * An axon-mongo history and the token of its middle event, kept for every history size it
     * stands next to.
     */
    private record AxonHistory(
            int size, EventStorageEngine engine, TrackingToken middleToken, double seedSeconds) {

        static AxonHistory seed(MongoClient client, int size) {
            MongoDatabase db = client.getDatabase("axon_history_" + size);
            EventStorageEngine engine = axonMongo(db);
            long start = System.nanoTime();
            for (int from = 0; from < size; from += BATCH) {
                List<EventMessage<?>> batch = new ArrayList<>(BATCH);
                for (int k = from; k < Math.min(size, from + BATCH); k++) {
                    batch.add(historyEvent(k, size));
                }
                engine.appendEvents(batch);
            }
            double seedSeconds = seconds(start);
            DomainEventMessage<Reading> middle = historyEvent(size / 2, size);
            Document stored =
                    db.getCollection("axon_domainevents")
                            .find(
                                    Filters.and(
                                            Filters.eq(
                                                    "aggregateIdentifier",
                                                    middle.getAggregateIdentifier()),
                                            Filters.eq(
                                                    "sequenceNumber", middle.getSequenceNumber())))
                            .first();
            if (stored == null) {
                throw new IllegalStateException(
                        "axon-mongo did not store " + middle.getAggregateIdentifier());
            }
            TrackingToken token =
                    engine.createTokenAt(Instant.parse(stored.getString("timestamp")));
            return new AxonHistory(size, engine, token, seedSeconds);
        }
    }

    private record Timing(double medianMs, int runs) {}

    private record Throughput(double perSecond, long count) {}

    /**
     * Reads on until the iterator ends or the timing budget is spent; a read that slows with size
     * stops early.
     */
    private static Throughput throughput(java.util.Iterator<?> items) {
        // Opening axon-mongo's stream sends no query yet, so the clock may start here.
        long start = System.nanoTime();
        long count = 0;
        while (items.hasNext() && System.nanoTime() - start < TIMING_BUDGET_NANOS) {
            items.next();
            count++;
        }
        return new Throughput(count / seconds(start), count);
    }

    /**
     * Reads to the end, however long that takes: the figures compared with each other cover the
     * same events.
     */
    private static Throughput drain(java.util.Iterator<?> items, long start) {
        long count = 0;
        while (items.hasNext()) {
            items.next();
            count++;
        }
        return new Throughput(count / seconds(start), count);
    }

    /**
     * Median of up to five runs, fewer when the runs exceed the timing budget; checks each read
     * returned it all.
     */
    private static Timing time(LongSupplier work, long expectedCount) {
        List<Double> millis = new ArrayList<>();
        long budgetStart = System.nanoTime();
        while (millis.size() < 5
                && (millis.isEmpty() || System.nanoTime() - budgetStart < TIMING_BUDGET_NANOS)) {
            long start = System.nanoTime();
            long count = work.getAsLong();
            millis.add((System.nanoTime() - start) / 1e6);
            if (count != expectedCount) {
                throw new IllegalStateException(
                        "read " + count + " events, expected " + expectedCount);
            }
        }
        millis.sort(Comparator.naturalOrder());
        return new Timing(millis.get(millis.size() / 2), millis.size());
    }

    private static double rate(int operations, int threads, IntConsumer operation)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(
                    pool.submit(
                            () -> {
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

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static DomainEventMessage<Reading> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>(
                "Meter",
                aggregate,
                sequence,
                new Reading(aggregate, sequence, FILLER),
                MetaData.with("actor", "benchmark"));
    }

    private static Document sampleDocument() {
        var serialized = event("m-0", 0).serializePayload(SERIALIZER, String.class);
        return new Document("type", "Meter")
                .append("agg", "m-0")
                .append("seq", 0L)
                .append("payload", serialized.getData())
                .append("meta", "{\"actor\":\"benchmark\"}")
                .append("hash", "0".repeat(64))
                .append("ts", Instant.now().toString());
    }

    private static MongoLedgerStorageEngine ours(MongoDatabase db) {
        return MongoLedgerStorageEngine.builder()
                .database(db)
                .eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER)
                .batchSize(BATCH)
                .build();
    }

    private static EventStorageEngine axonMongo(MongoDatabase db) {
        MongoEventStorageEngine engine =
                MongoEventStorageEngine.builder()
                        .mongoTemplate(
                                DefaultMongoTemplate.builder()
                                        .mongoDatabase(db)
                                        .domainEventsCollectionName("axon_domainevents")
                                        .snapshotEventsCollectionName("axon_snapshotevents")
                                        .build())
                        .eventSerializer(SERIALIZER)
                        .snapshotSerializer(SERIALIZER)
                        .batchSize(BATCH)
                        .build();
        engine.ensureIndexes();
        return engine;
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(
                            path -> {
                                try {
                                    Files.delete(path);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
