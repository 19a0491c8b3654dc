package be.thorpark.ledger.eventstore.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.eventstore.MongoLedgerStorageEngine;
import be.thorpark.ledger.eventstore.StoredEvent;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrityEvidenceTest {

    record Payment(String programme, long cents) {}

    @TempDir Path keys;

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private MongoLedgerStorageEngine engine;
    private SigningKey key;
    private final Clock clock = Clock.fixed(Instant.parse("2024-03-01T10:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        database = client.getDatabase("ledger");
        var serializer = Jackson3Serializer.builder().build();
        engine =
                MongoLedgerStorageEngine.builder()
                        .database(database)
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .build();
        key = SigningKey.loadOrCreate(keys.resolve("signing.pem"));
        for (int i = 0; i < 5; i++) {
            engine.appendEvents(
                    new GenericDomainEventMessage<>(
                            "Programme",
                            "programme-1",
                            i,
                            new Payment("programme-1", 100_00L * (i + 1))));
        }
    }

    @AfterEach
    void stop() {
        engine.close();
        client.close();
        server.shutdown();
    }

    @Test
    void theSigningKeyIsCreatedOnceAndReadBackTheSame() {
        SigningKey again = SigningKey.loadOrCreate(keys.resolve("signing.pem"));

        assertThat(again.keyId()).isEqualTo(key.keyId());
        assertThat(again.publicKeyPem()).isEqualTo(key.publicKeyPem());
        assertThat(SigningKey.publicKeyFromText(key.publicKeyPem())).isEqualTo(key.publicKey());
    }

    @Test
    void anUnchangedHistoryThatGrewStillExtendsAnEarlierDigest() {
        SignedDigest digest = digestNow();
        engine.appendEvents(
                new GenericDomainEventMessage<>(
                        "Programme", "programme-1", 5, new Payment("p", 1)));

        DigestCheck.Outcome outcome = new DigestCheck(engine).check(digest, key.publicKey());

        assertThat(outcome.extendsDigest()).isTrue();
        assertThat(outcome.currentHeadPosition()).isEqualTo(6);
    }

    @Test
    void aFullRewriteWithRecomputedHashesIsCaughtByTheDigest() {
        SignedDigest digest = digestNow();
        rewriteWithRecomputedHashes(3);

        assertThat(new HistoryVerifier(engine).verify().valid())
                .as("the chain alone is fooled")
                .isTrue();
        DigestCheck.Outcome outcome = new DigestCheck(engine).check(digest, key.publicKey());
        assertThat(outcome.extendsDigest()).isFalse();
        assertThat(outcome.firstMismatch()).isEqualTo(5L);
    }

    @Test
    void aDigestWithAForgedPositionIsRefusedForItsSignature() {
        SignedDigest digest = digestNow();
        SignedDigest forged =
                new SignedDigest(
                        4,
                        digest.headHash(),
                        digest.issuedAt(),
                        digest.keyId(),
                        digest.signature());

        DigestCheck.Outcome outcome = new DigestCheck(engine).check(forged, key.publicKey());

        assertThat(outcome.signatureValid()).isFalse();
        assertThat(outcome.extendsDigest()).isFalse();
    }

    @Test
    void anExportBundleVerifiesOfflineAndATamperedLineIsNamed() {
        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        ExportBundle.Manifest manifest = ExportBundle.write(engine, key, clock, bundle);

        assertThat(manifest.count()).isEqualTo(5);
        VerificationResult good =
                ExportBundle.verify(
                        new ByteArrayInputStream(bundle.toByteArray()), key.publicKey());
        assertThat(good.valid()).isTrue();
        assertThat(good.headHash()).isEqualTo(manifest.headHash());

        byte[] tampered =
                rewriteEntry(
                        bundle.toByteArray(),
                        "events.ndjson",
                        text -> text.replace("50000", "90000"));
        VerificationResult bad =
                ExportBundle.verify(new ByteArrayInputStream(tampered), key.publicKey());
        assertThat(bad.valid()).isFalse();
        assertThat(bad.firstBrokenPosition()).isEqualTo(5L);
    }

    private static byte[] rewriteEntry(
            byte[] zip, String name, java.util.function.UnaryOperator<String> change) {
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (var rewritten = new java.util.zip.ZipOutputStream(out)) {
                for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    String text =
                            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    rewritten.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                    String content = entry.getName().equals(name) ? change.apply(text) : text;
                    assertThat(content).isNotEqualTo(entry.getName().equals(name) ? text : null);
                    rewritten.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    rewritten.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anExportIsRefusedUnderAnotherKey() {
        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        ExportBundle.write(engine, key, clock, bundle);
        SigningKey other = SigningKey.loadOrCreate(keys.resolve("other.pem"));

        VerificationResult result =
                ExportBundle.verify(
                        new ByteArrayInputStream(bundle.toByteArray()), other.publicKey());

        assertThat(result.valid()).isFalse();
        assertThat(result.detail()).contains("signature");
    }

    private SignedDigest digestNow() {
        VerificationResult now = new HistoryVerifier(engine).verify();
        return SignedDigest.sign(key, now.headPosition(), now.headHash(), clock.instant());
    }

    /**
     * What someone with write access to the database could do: change an event and recompute every
     * hash after.
     */
    private void rewriteWithRecomputedHashes(long fromPosition) {
        MongoCollection<Document> raw = database.getCollection("events");
        raw.updateOne(
                Filters.eq("positions", fromPosition),
                Updates.set("events.0.payload", "{\"programme\":\"programme-1\",\"cents\":1}"));
        String previous = engine.readAfter(fromPosition - 2, 1).get(0).hash();
        for (StoredEvent event : engine.readAfter(fromPosition - 1, 100)) {
            String recomputed = be.thorpark.ledger.eventstore.HashChain.next(previous, event);
            raw.updateOne(
                    Filters.eq("positions", event.position()),
                    Updates.set("events.0.hash", recomputed));
            previous = recomputed;
        }
    }
}
