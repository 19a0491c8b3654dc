package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.eventstore.HashChain;
import be.thorpark.ledger.eventstore.MongoLedgerStorageEngine;
import be.thorpark.ledger.eventstore.StoredEvent;
import be.thorpark.ledger.eventstore.embedded.EmbeddedMongoServer;
import be.thorpark.ledger.eventstore.integrity.DigestCheck;
import be.thorpark.ledger.eventstore.integrity.HistoryVerifier;
import be.thorpark.ledger.eventstore.integrity.SignedDigest;
import be.thorpark.ledger.eventstore.integrity.SigningKey;
import be.thorpark.ledger.eventstore.integrity.VerificationResult;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Someone with write access to the database edits the stored history: every kind of edit is named
 * at its position by the verifier and by the offline command line. The edits are made on a store of
 * their own, so the shared ledger stays valid; the running ledger's integrity endpoints and its
 * export are checked on the shared store.
 */
class TamperDetectionTest extends LedgerAppTest {

    private static final String DATABASE = "campus_ledger";

    record PaymentRecorded(String programme, long cents) {}

    @Test
    void theRunningLedgerReportsItsHistoryValidWithHeadAndHash() {
        long position = someCommand();

        LedgerHttp.Response answer = auditor().get("/api/integrity");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode result = answer.json();
        assertThat(result.get("valid").asBoolean()).as(answer.text()).isTrue();
        assertThat(result.get("headPosition").asLong()).isGreaterThanOrEqualTo(position);
        assertThat(result.get("events").asLong()).isEqualTo(result.get("headPosition").asLong());
        assertThat(result.get("headHash").asString()).matches("[0-9a-f]{64}");
        assertThat(answer.position()).isEqualTo(result.get("headPosition").asLong());
    }

    @Test
    void aDigestFromTheRunningLedgerIsExtendedByItsLaterHistory() {
        someCommand();
        LedgerHttp auditor = auditor();
        LedgerHttp.Response digest = auditor.get("/api/integrity/digest");
        assertThat(digest.status()).as(digest.toString()).isEqualTo(200);
        long later = someCommand();

        LedgerHttp.Response check = auditor.post("/api/integrity/digest", digest.text());

        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        assertThat(check.json().get("extendsDigest").asBoolean()).as(check.text()).isTrue();
        assertThat(check.json().get("signatureValid").asBoolean()).isTrue();
        assertThat(check.json().get("digestPosition").asLong())
                .isEqualTo(digest.json().get("headPosition").asLong());
        assertThat(check.json().get("currentHeadPosition").asLong()).isGreaterThanOrEqualTo(later);
    }

    @Test
    void anExportOfTheRunningLedgerVerifiesOfflineWithItsPublishedKey(@TempDir Path files)
            throws IOException {
        long position = someCommand();
        LedgerHttp auditor = auditor();
        HttpResponse<byte[]> export = auditor.download("/api/exports/events");
        assertThat(export.statusCode()).isEqualTo(200);
        LedgerHttp.Response key = auditor.get("/api/integrity/key");
        assertThat(key.status()).as(key.toString()).isEqualTo(200);
        Path bundle = Files.write(files.resolve("export.zip"), export.body());
        Path publicKey = Files.writeString(files.resolve("key.json"), key.text());

        Cli cli =
                Cli.run(
                        "verify-export",
                        "--bundle",
                        bundle.toString(),
                        "--public-key",
                        publicKey.toString());

        assertThat(cli.exitCode()).as(cli.output()).isZero();
        assertThat(cli.firstLine().get("valid").asBoolean()).isTrue();
        assertThat(cli.firstLine().get("headPosition").asLong()).isGreaterThanOrEqualTo(position);
    }

    private long someCommand() {
        LedgerHttp.Response created =
                ops().post("/api/tenants", Campus.tenant("Tongeren Optics BV", "START_UP"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.position();
    }

    /**
     * Edits on a store of its own: positions 1 to 6 are one commit each, positions 7 and 8 share
     * one commit.
     */
    @Nested
    class OnASeparateStore {

        @TempDir Path dataDir;

        private EmbeddedMongoServer server;
        private MongoClient client;
        private MongoLedgerStorageEngine engine;
        private MongoCollection<Document> commits;

        @BeforeEach
        void storeEightEvents() {
            server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, 64);
            client = MongoClients.create(server.connectionString());
            var serializer = Jackson3Serializer.builder().build();
            engine =
                    MongoLedgerStorageEngine.builder()
                            .database(client.getDatabase(DATABASE))
                            .eventSerializer(serializer)
                            .snapshotSerializer(serializer)
                            .build();
            commits = client.getDatabase(DATABASE).getCollection("events");
            for (int i = 0; i < 6; i++) {
                engine.appendEvents(payment(i));
            }
            engine.appendEvents(List.of(payment(6), payment(7)));
            assertThat(engine.headPosition()).isEqualTo(8);
            assertThat(new HistoryVerifier(engine).verify().valid()).isTrue();
            assertThat(verifyWithCli().exitCode()).isZero();
        }

        @AfterEach
        void closeStore() {
            engine.close();
            client.close();
            server.close();
        }

        @Test
        void aChangedPayloadByteIsNamedAtItsPosition() {
            Document commit = commitHolding(3);
            Document event = commit.getList("events", Document.class).get(0);
            String payload = event.getString("payload");
            assertThat(payload).contains("30000");
            commits.updateOne(
                    Filters.eq("_id", commit.get("_id")),
                    Updates.set("events.0.payload", payload.replace("30000", "90000")));

            assertBrokenAt(3, VerificationResult.Problem.CHANGED);
        }

        @Test
        void editedMetadataIsNamedAtItsPosition() {
            Document commit = commitHolding(5);
            String meta = commit.getList("events", Document.class).get(0).getString("meta");
            assertThat(meta).contains("clerk");
            commits.updateOne(
                    Filters.eq("_id", commit.get("_id")),
                    Updates.set("events.0.meta", meta.replace("clerk", "director")));

            assertBrokenAt(5, VerificationResult.Problem.CHANGED);
        }

        @Test
        void aDeletedCommitIsNamedAsMissing() {
            commits.deleteOne(Filters.eq("_id", commitHolding(4).get("_id")));

            assertBrokenAt(4, VerificationResult.Problem.MISSING);
        }

        @Test
        void anEventRemovedFromItsCommitIsNamedAsMissing() {
            commits.updateOne(
                    Filters.eq("_id", commitHolding(7).get("_id")),
                    Updates.pull("events", new Document("pos", 7L)));

            assertBrokenAt(7, VerificationResult.Problem.MISSING);
        }

        @Test
        void twoSwappedEventsAreNamedOutOfOrderAtTheFirst() {
            Document second = commitHolding(2);
            Document third = commitHolding(3);
            commits.deleteMany(Filters.in("_id", List.of(second.get("_id"), third.get("_id"))));
            Object secondId = second.get("_id");
            second.put("_id", third.get("_id"));
            third.put("_id", secondId);
            commits.insertMany(List.of(third, second));

            assertBrokenAt(2, VerificationResult.Problem.OUT_OF_ORDER);
        }

        @Test
        void aRewriteWithRecomputedHashesPassesTheChainButNotAnEarlierSignedDigest()
                throws IOException {
            SigningKey key = SigningKey.loadOrCreate(dataDir.resolve("signing.pem"));
            VerificationResult before = new HistoryVerifier(engine).verify();
            SignedDigest digest =
                    SignedDigest.sign(key, before.headPosition(), before.headHash(), Instant.now());
            Path digestFile =
                    Files.writeString(
                            dataDir.resolve("digest.json"),
                            LedgerHttp.JSON.writeValueAsString(
                                    body(
                                            "headPosition",
                                            digest.headPosition(),
                                            "headHash",
                                            digest.headHash(),
                                            "issuedAt",
                                            digest.issuedAt().toString(),
                                            "keyId",
                                            digest.keyId(),
                                            "signature",
                                            digest.signature())));
            Path keyFile = Files.writeString(dataDir.resolve("public.pem"), key.publicKeyPem());
            assertThat(
                            verifyWithCli(
                                            "--digest",
                                            digestFile.toString(),
                                            "--public-key",
                                            keyFile.toString())
                                    .exitCode())
                    .as("the untouched history extends the digest")
                    .isZero();

            rewriteFrom(2);

            assertThat(new HistoryVerifier(engine).verify().valid())
                    .as("the chain alone is fooled")
                    .isTrue();
            assertThat(verifyWithCli().exitCode())
                    .as("so is the command line without a digest")
                    .isZero();
            DigestCheck.Outcome outcome = new DigestCheck(engine).check(digest, key.publicKey());
            assertThat(outcome.signatureValid()).isTrue();
            assertThat(outcome.extendsDigest()).isFalse();
            assertThat(outcome.firstMismatch()).isEqualTo(8L);
            Cli cli =
                    verifyWithCli(
                            "--digest", digestFile.toString(), "--public-key", keyFile.toString());
            assertThat(cli.exitCode()).as(cli.output()).isEqualTo(1);
            JsonNode cliOutcome =
                    LedgerHttp.JSON.readTree(
                            cli.output().lines().skip(1).findFirst().orElseThrow());
            assertThat(cliOutcome.get("extendsDigest").asBoolean()).isFalse();
            assertThat(cliOutcome.get("firstMismatch").asLong()).isEqualTo(8L);
        }

        private void assertBrokenAt(long position, VerificationResult.Problem problem) {
            VerificationResult result = new HistoryVerifier(engine).verify();
            assertThat(result.valid()).as(result.toString()).isFalse();
            assertThat(result.firstBrokenPosition()).as(result.toString()).isEqualTo(position);
            assertThat(result.problem()).as(result.toString()).isEqualTo(problem);
            assertThat(result.headPosition()).isEqualTo(position - 1);

            Cli cli = verifyWithCli();
            assertThat(cli.exitCode()).as(cli.output()).isEqualTo(1);
            assertThat(cli.firstLine().get("valid").asBoolean()).isFalse();
            assertThat(cli.firstLine().get("firstBrokenPosition").asLong()).isEqualTo(position);
            assertThat(cli.firstLine().get("problem").asString()).isEqualTo(problem.name());
        }

        private Cli verifyWithCli(String... more) {
            List<String> args =
                    new ArrayList<>(
                            List.of(
                                    "verify",
                                    "--uri",
                                    server.connectionString(),
                                    "--database",
                                    DATABASE));
            args.addAll(List.of(more));
            return Cli.run(args.toArray(String[]::new));
        }

        private Document commitHolding(long position) {
            Document commit = commits.find(Filters.eq("positions", position)).first();
            assertThat(commit).as("commit holding position %d", position).isNotNull();
            return commit;
        }

        /**
         * Changes the payload at {@code from} and recomputes every hash from there, as a careful
         * forger would.
         */
        private void rewriteFrom(long from) {
            Document changed = commitHolding(from);
            String payload = changed.getList("events", Document.class).get(0).getString("payload");
            commits.updateOne(
                    Filters.eq("_id", changed.get("_id")),
                    Updates.set("events.0.payload", payload.replace("20000", "25000")));
            String previous = engine.readAfter(from - 2, 1).get(0).hash();
            for (StoredEvent event : engine.readAfter(from - 1, 100)) {
                String recomputed = HashChain.next(previous, event);
                Document commit = commitHolding(event.position());
                List<Document> events = commit.getList("events", Document.class);
                for (int i = 0; i < events.size(); i++) {
                    if (((Number) events.get(i).get("pos")).longValue() == event.position()) {
                        commits.updateOne(
                                Filters.eq("_id", commit.get("_id")),
                                Updates.set("events." + i + ".hash", recomputed));
                    }
                }
                previous = recomputed;
            }
        }

        private GenericDomainEventMessage<PaymentRecorded> payment(int sequence) {
            return new GenericDomainEventMessage<>(
                    "Programme",
                    "programme-1",
                    sequence,
                    new PaymentRecorded("programme-1", 10_000L * (sequence + 1)),
                    MetaData.from(Map.of("actor", "clerk", "reason", "payment " + (sequence + 1))));
        }
    }

    /** One run of the offline command line: what it printed and its exit code. */
    record Cli(int exitCode, String output) {

        static Cli run(String... args) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int code;
            try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
                code = new LedgerCommandLine(out).run(args);
            }
            return new Cli(code, printed.toString(StandardCharsets.UTF_8));
        }

        JsonNode firstLine() {
            return LedgerHttp.JSON.readTree(output.lines().findFirst().orElseThrow());
        }
    }
}
