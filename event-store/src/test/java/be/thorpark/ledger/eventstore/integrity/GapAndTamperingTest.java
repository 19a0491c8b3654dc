package be.thorpark.ledger.eventstore.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.thorpark.ledger.eventstore.MongoLedgerStorageEngine;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 1,500 commits of one event each, a digest signed at 1,500, then one edit of the stored history
 * per test. Every edit is named at its position three times over: by the process that wrote the
 * history (it knows its own head), by a process opened on the edited store (as the offline verifier
 * is), and by the digest check.
 */
class GapAndTamperingTest {

    private static final int COMMITS = 1_500;

    record Payment(String programme, long cents) {}

    @TempDir static Path keys;

    private static MongoServer server;
    private static MongoClient client;
    private static MongoCollection<Document> commits;
    private static MongoLedgerStorageEngine writer;
    private static MongoCollection<Document> meta;
    private static List<Document> original;
    private static List<Document> originalMeta;
    private static SigningKey key;
    private static SignedDigest digest;

    @BeforeAll
    static void storeTheHistoryAndSignIt() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        MongoDatabase database = client.getDatabase("ledger");
        commits = database.getCollection("events");
        meta = database.getCollection("event_store_meta");
        MongoLedgerStorageEngine first = engine();
        for (int i = 0; i < COMMITS; i++) {
            first.appendEvents(
                    new GenericDomainEventMessage<>(
                            "Programme",
                            "programme-1",
                            i,
                            new Payment("programme-1", 100L * (i + 1))));
        }
        first.close();
        writer = engine();
        original = commits.find().into(new java.util.ArrayList<>());
        originalMeta = meta.find().into(new java.util.ArrayList<>());
        key = SigningKey.loadOrCreate(keys.resolve("signing.pem"));
        VerificationResult whole = new HistoryVerifier(writer).verify();
        assertThat(whole.valid()).isTrue();
        assertThat(whole.headPosition()).isEqualTo(COMMITS);
        digest = SignedDigest.sign(key, whole.headPosition(), whole.headHash(), Instant.now());
    }

    @AfterAll
    static void stop() {
        writer.close();
        client.close();
        server.shutdown();
    }

    @BeforeEach
    void restoreTheHistory() {
        commits.deleteMany(new Document());
        commits.insertMany(original.stream().map(Document::new).toList());
        // An engine closed on an edited store records the end it saw; the next edit starts from the
        // signed state.
        meta.deleteMany(new Document());
        meta.insertMany(originalMeta.stream().map(Document::new).toList());
    }

    @ParameterizedTest(name = "commits {0} to {1} deleted")
    @CsvSource({"700, 700", "451, 949", "451, 950", "451, 1050", "2, 1499", "1, 1"})
    void aDeletedRunOfAnyLengthIsNamedMissingAtItsFirstPosition(long from, long to) {
        commits.deleteMany(Filters.and(Filters.gte("_id", from), Filters.lte("_id", to)));

        assertNamed(from, VerificationResult.Problem.MISSING);
    }

    @ParameterizedTest(name = "export with commits {0} to {1} deleted")
    @CsvSource({"700, 700", "451, 1050", "2, 1499"})
    void anExportIsRefusedAtTheFirstPositionOfADeletedRun(long from, long to) {
        commits.deleteMany(Filters.and(Filters.gte("_id", from), Filters.lte("_id", to)));

        MongoLedgerStorageEngine reopened = engine();
        try {
            for (MongoLedgerStorageEngine engine : List.of(writer, reopened)) {
                java.io.ByteArrayOutputStream bundle = new java.io.ByteArrayOutputStream();
                assertThatThrownBy(
                                () ->
                                        ExportBundle.write(
                                                engine, key, java.time.Clock.systemUTC(), bundle))
                        .isInstanceOfSatisfying(
                                HistoryBrokenException.class,
                                e -> {
                                    assertThat(e.result().firstBrokenPosition()).isEqualTo(from);
                                    assertThat(e.result().problem())
                                            .isEqualTo(VerificationResult.Problem.MISSING);
                                });
                // What was written before the gap is no bundle: it carries no signed manifest.
                VerificationResult offline =
                        ExportBundle.verify(
                                new java.io.ByteArrayInputStream(bundle.toByteArray()),
                                key.publicKey());
                assertThat(offline.valid()).isFalse();
                assertThat(offline.detail()).contains("manifest.json");
            }
        } finally {
            reopened.close();
        }
    }

    @Test
    void theUntouchedHistoryIsExportedWhole() {
        java.io.ByteArrayOutputStream bundle = new java.io.ByteArrayOutputStream();
        ExportBundle.Manifest manifest =
                ExportBundle.write(writer, key, java.time.Clock.systemUTC(), bundle);

        assertThat(manifest.count()).isEqualTo(COMMITS);
        assertThat(manifest.headPosition()).isEqualTo(COMMITS);
        assertThat(manifest.headHash()).isEqualTo(digest.headHash());
        VerificationResult offline =
                ExportBundle.verify(
                        new java.io.ByteArrayInputStream(bundle.toByteArray()), key.publicKey());
        assertThat(offline.valid()).as(offline.toString()).isTrue();
        assertThat(offline.events()).isEqualTo(COMMITS);
    }

    @ParameterizedTest(name = "the last {0} commits deleted")
    @CsvSource({"1", "100", "600"})
    void aCutTailIsNamedMissingRightAfterTheNewEnd(long length) {
        long from = COMMITS - length + 1;
        commits.deleteMany(Filters.gte("_id", from));

        assertNamed(from, VerificationResult.Problem.MISSING);
    }

    @Test
    void twoSwappedCommitsAreNamedOutOfOrderAtTheFirst() {
        Document a = commitHolding(800);
        Document b = commitHolding(801);
        commits.deleteMany(Filters.in("_id", List.of(800L, 801L)));
        a.put("_id", 801L);
        b.put("_id", 800L);
        commits.insertMany(List.of(b, a));

        assertNamed(800, VerificationResult.Problem.OUT_OF_ORDER);
    }

    @Test
    void aChangedAmountIsNamedAtItsPosition() {
        edit(
                1200,
                commit ->
                        commits.updateOne(
                                Filters.eq("_id", commit.get("_id")),
                                Updates.set(
                                        "events.0.payload",
                                        payload(commit).replace("120000", "990000"))));

        assertNamed(1200, VerificationResult.Problem.CHANGED);
    }

    @Test
    void aCommitTakenOutAndAppendedAgainAtTheEndIsNamedOutOfOrder() {
        Document moved = commitHolding(900);
        commits.deleteOne(Filters.eq("_id", 900L));
        moved.put("_id", (long) COMMITS + 1);
        commits.insertOne(moved);

        assertNamed(900, VerificationResult.Problem.OUT_OF_ORDER);
    }

    @Test
    void aCopyOfAnOldCommitAppendedAsNewIsNamedAtItsNewPosition() {
        Document copy = commitHolding(10);
        long position = COMMITS + 1;
        copy.put("_id", position);
        copy.put("first", position);
        copy.put("last", position);
        copy.put("positions", List.of(position));
        copy.put("eventIds", List.of("copy-of-10"));
        copy.remove("aggKeys");
        Document event = copy.getList("events", Document.class).get(0);
        event.put("pos", position);
        event.put("id", "copy-of-10");
        commits.insertOne(copy);

        VerificationResult result = new HistoryVerifier(writer).verify();
        assertThat(result.firstBrokenPosition()).as(result.toString()).isEqualTo(position);
        assertThat(result.problem()).isEqualTo(VerificationResult.Problem.CHANGED);
        DigestCheck.Outcome outcome = new DigestCheck(writer).check(digest, key.publicKey());
        assertThat(outcome.extendsDigest())
                .as("the history up to the digest is untouched")
                .isTrue();
        assertThat(outcome.firstMismatch()).as(outcome.toString()).isEqualTo(position);
    }

    @Test
    void theUntouchedHistoryIsValidAndExtendsTheDigest() {
        for (MongoLedgerStorageEngine engine : List.of(writer, engine())) {
            VerificationResult result = new HistoryVerifier(engine).verify();
            assertThat(result.valid()).as(result.toString()).isTrue();
            assertThat(result.events()).isEqualTo(COMMITS);
            DigestCheck.Outcome outcome = new DigestCheck(engine).check(digest, key.publicKey());
            assertThat(outcome.extendsDigest()).as(outcome.toString()).isTrue();
            assertThat(outcome.firstMismatch()).isNull();
        }
    }

    private static void assertNamed(long position, VerificationResult.Problem problem) {
        MongoLedgerStorageEngine reopened = engine();
        try {
            for (MongoLedgerStorageEngine engine : List.of(writer, reopened)) {
                VerificationResult result = new HistoryVerifier(engine).verify();
                assertThat(result.valid()).as(result.toString()).isFalse();
                assertThat(result.firstBrokenPosition()).as(result.toString()).isEqualTo(position);
                assertThat(result.problem()).as(result.toString()).isEqualTo(problem);
                assertThat(result.headPosition()).isEqualTo(position - 1);

                DigestCheck.Outcome outcome =
                        new DigestCheck(engine).check(digest, key.publicKey());
                assertThat(outcome.signatureValid()).isTrue();
                assertThat(outcome.extendsDigest()).as(outcome.toString()).isFalse();
                assertThat(outcome.firstMismatch()).as(outcome.toString()).isEqualTo(position);
                assertThat(outcome.currentHeadPosition()).isLessThan(digest.headPosition());
            }
        } finally {
            reopened.close();
        }
    }

    private static MongoLedgerStorageEngine engine() {
        var serializer = Jackson3Serializer.builder().build();
        return MongoLedgerStorageEngine.builder()
                .database(client.getDatabase("ledger"))
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
    }

    private static Document commitHolding(long position) {
        Document commit = commits.find(Filters.eq("positions", position)).first();
        assertThat(commit).as("commit holding %d", position).isNotNull();
        return commit;
    }

    private static void edit(long position, Consumer<Document> change) {
        change.accept(commitHolding(position));
    }

    private static String payload(Document commit) {
        return commit.getList("events", Document.class).get(0).getString("payload");
    }
}
