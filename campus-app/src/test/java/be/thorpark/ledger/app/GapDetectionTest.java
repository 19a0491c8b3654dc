package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.eventstore.MongoLedgerStorageEngine;
import be.thorpark.ledger.eventstore.config.LedgerStoreAutoConfiguration;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A ledger of its own with 1,500 commits and a digest signed at 1,500; each test edits the stored
 * history as someone with write access to the database could. The running ledger's {@code GET
 * /api/integrity}, its digest check {@code POST /api/integrity/digest} and the offline {@code
 * verify --digest} each name the first broken position.
 */
@SpringBootTest(
        classes = CampusLedgerApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GapDetectionTest {

    private static final int COMMITS = 1_500;
    private static final Path DATA_DIR = tempDir("campus-ledger-gaps");

    record MeterRead(String meter, long reading) {}

    @LocalServerPort int port;

    @Autowired MongoLedgerStorageEngine engine;

    @Autowired MongoDatabase database;

    @Autowired LedgerStoreAutoConfiguration.LedgerMongo mongo;

    private MongoCollection<Document> commits;
    private MongoCollection<Document> meta;
    private List<Document> original;
    private List<Document> originalMeta;
    private String digest;
    private Path digestFile;
    private Path keyFile;

    @DynamicPropertySource
    static void ledger(DynamicPropertyRegistry registry) {
        registry.add("campus.data-dir", DATA_DIR::toString);
        registry.add("campus.users", () -> LedgerAppTest.USERS);
    }

    @BeforeAll
    void storeTheHistoryAndSignIt() throws IOException {
        assertThat(engine.headPosition()).as("a ledger of its own starts empty").isZero();
        for (int i = 0; i < COMMITS; i++) {
            engine.appendEvents(
                    new GenericDomainEventMessage<>(
                            "Meter", "meter-1", i, new MeterRead("meter-1", i)));
        }
        commits = database.getCollection("events");
        meta = database.getCollection("event_store_meta");
        original = commits.find().into(new ArrayList<>());
        originalMeta = meta.find().into(new ArrayList<>());
        LedgerHttp.Response signed = auditor().get("/api/integrity/digest");
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.json().get("headPosition").asLong()).isEqualTo(COMMITS);
        digest = signed.text();
        digestFile = Files.writeString(DATA_DIR.resolve("digest.json"), digest);
        keyFile =
                Files.writeString(
                        DATA_DIR.resolve("key.json"), auditor().get("/api/integrity/key").text());
    }

    @BeforeEach
    void restoreTheHistory() {
        commits.deleteMany(new Document());
        commits.insertMany(original.stream().map(Document::new).toList());
        meta.deleteMany(new Document());
        if (!originalMeta.isEmpty()) {
            meta.insertMany(originalMeta.stream().map(Document::new).toList());
        }
    }

    @AfterAll
    void leaveTheHistoryWhole() {
        restoreTheHistory();
    }

    Stream<Arguments> edits() {
        return Stream.of(
                edit("one commit deleted", 700, "MISSING", () -> deleteRun(700, 700)),
                edit("499 commits deleted", 451, "MISSING", () -> deleteRun(451, 949)),
                edit("500 commits deleted", 451, "MISSING", () -> deleteRun(451, 950)),
                edit("600 commits deleted", 451, "MISSING", () -> deleteRun(451, 1050)),
                edit(
                        "the last 100 commits deleted",
                        1401,
                        "MISSING",
                        () -> deleteRun(1401, COMMITS)),
                edit("two commits swapped", 800, "OUT_OF_ORDER", () -> swap(800, 801)),
                edit(
                        "an amount changed",
                        1200,
                        "CHANGED",
                        () ->
                                commits.updateOne(
                                        Filters.eq("_id", 1200L),
                                        Updates.set(
                                                "events.0.payload",
                                                payloadOf(1200).replace("1199", "9999")))),
                edit(
                        "a commit taken out and appended again",
                        900,
                        "OUT_OF_ORDER",
                        () -> reappend(900)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void everyEditIsNamedAtItsPositionOnlineAndOffline(
            String edit, long position, String problem, Runnable change) {
        change.run();

        LedgerHttp.Response verified = auditor().get("/api/integrity");
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().get("valid").asBoolean()).as(verified.text()).isFalse();
        assertThat(verified.json().get("firstBrokenPosition").asLong())
                .as(verified.text())
                .isEqualTo(position);
        assertThat(verified.json().get("problem").asString()).isEqualTo(problem);

        LedgerHttp.Response checked = auditor().post("/api/integrity/digest", digest);
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        assertThat(checked.json().get("extendsDigest").asBoolean()).as(checked.text()).isFalse();
        assertThat(checked.json().get("firstMismatch").asLong())
                .as(checked.text())
                .isEqualTo(position);
        assertThat(checked.json().get("currentHeadPosition").asLong()).isLessThan(COMMITS);

        TamperDetectionTest.Cli cli =
                TamperDetectionTest.Cli.run(
                        "verify",
                        "--uri",
                        mongo.embedded().connectionString(),
                        "--database",
                        "campus_ledger",
                        "--digest",
                        digestFile.toString(),
                        "--public-key",
                        keyFile.toString());
        assertThat(cli.exitCode()).as(cli.output()).isEqualTo(1);
        JsonNode offlineDigest =
                LedgerHttp.JSON.readTree(cli.output().lines().skip(1).findFirst().orElseThrow());
        assertThat(offlineDigest.get("extendsDigest").asBoolean()).as(cli.output()).isFalse();
        assertThat(offlineDigest.get("firstMismatch").asLong())
                .as(cli.output())
                .isEqualTo(position);
        if (position < 1401) {
            // A cut tail is seen offline against the digest, or the head record when it was written
            // after the cut.
            assertThat(cli.firstLine().get("firstBrokenPosition").asLong())
                    .as(cli.output())
                    .isEqualTo(position);
            assertThat(cli.firstLine().get("problem").asString()).isEqualTo(problem);
        }
    }

    private static Arguments edit(String name, long position, String problem, Runnable change) {
        return Arguments.of(name, position, problem, change);
    }

    private void deleteRun(long from, long to) {
        commits.deleteMany(Filters.and(Filters.gte("_id", from), Filters.lte("_id", to)));
    }

    private void swap(long a, long b) {
        Document first = commits.find(Filters.eq("_id", a)).first();
        Document second = commits.find(Filters.eq("_id", b)).first();
        commits.deleteMany(Filters.in("_id", List.of(a, b)));
        first.put("_id", b);
        second.put("_id", a);
        commits.insertMany(List.of(second, first));
    }

    private void reappend(long number) {
        Document moved = commits.find(Filters.eq("_id", number)).first();
        commits.deleteOne(Filters.eq("_id", number));
        moved.put("_id", (long) COMMITS + 1);
        commits.insertOne(moved);
    }

    private String payloadOf(long number) {
        return commits.find(Filters.eq("_id", number))
                .first()
                .getList("events", Document.class)
                .get(0)
                .getString("payload");
    }

    private LedgerHttp auditor() {
        return new LedgerHttp(port).as("auditor", "aud-secret");
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
