package be.thorpark.ledger.eventstore.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.eventstore.embedded.EmbeddedMongoServer;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both layouts against the durable embedded server the application starts by default: the exact-key
 * layout it uses, and GridFS, which works there too (only slower, its chunk reads scan), so its
 * contract is checked without Docker.
 */
class EmbeddedServerEvidenceStoreTest {

    @TempDir static Path dataDir;

    private static EmbeddedMongoServer server;
    private static MongoClient client;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, 64);
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    static MongoDatabase fresh() {
        return client.getDatabase("evidence_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Test
    void theEmbeddedServerWritesExactKeyChunksAndARealMongoDbGridFs() {
        MongoDatabase database = fresh();
        byte[] invoice =
                "%PDF-1.7 invoice 2022/0147".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        EvidenceStore.on(database, true)
                .store(
                        invoice,
                        "invoice.pdf",
                        "application/pdf",
                        "INVOICE",
                        "ops",
                        java.time.Instant.parse("2023-01-10T09:00:00Z"));
        assertThat(new ExactKeyEvidenceStore(database).find(EvidenceStore.sha256(invoice)))
                .isPresent();
        assertThat(new GridFsEvidenceStore(database).find(EvidenceStore.sha256(invoice))).isEmpty();

        byte[] proof =
                "%PDF-1.7 proof of payment".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        EvidenceStore.on(database, false)
                .store(
                        proof,
                        "proof.pdf",
                        "application/pdf",
                        "PROOF_OF_PAYMENT",
                        "ops",
                        java.time.Instant.parse("2023-01-11T09:00:00Z"));
        assertThat(new GridFsEvidenceStore(database).find(EvidenceStore.sha256(proof))).isPresent();
        assertThat(new ExactKeyEvidenceStore(database).find(EvidenceStore.sha256(proof))).isEmpty();
    }

    /**
     * Split mode: the query side reaches the command side's embedded server through a URI, as if it
     * were real.
     */
    @Test
    void aProcessConfiguredForARealMongoDbReadsFilesTheEmbeddedServerHolds() {
        MongoDatabase database = fresh();
        byte[] invoice =
                "%PDF-1.7 facade works".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String sha256 = EvidenceStore.sha256(invoice);
        EvidenceStore.on(database, true)
                .store(
                        invoice,
                        "facade.pdf",
                        "application/pdf",
                        "INVOICE",
                        "ops",
                        java.time.Instant.parse("2023-03-01T09:00:00Z"));

        EvidenceStore querySide = EvidenceStore.on(database, false);
        assertThat(querySide.find(sha256))
                .map(EvidenceStore.EvidenceFile::fileName)
                .contains("facade.pdf");
        assertThat(querySide.findAll(java.util.List.of(sha256))).containsOnlyKeys(sha256);
        assertThat(querySide.read(sha256)).contains(invoice);
        assertThat(
                        querySide
                                .store(
                                        invoice,
                                        "again.pdf",
                                        "application/pdf",
                                        "INVOICE",
                                        "ops",
                                        java.time.Instant.parse("2023-03-02T09:00:00Z"))
                                .created())
                .as("never stored twice")
                .isFalse();
        assertThat(new GridFsEvidenceStore(database).find(sha256)).isEmpty();
    }

    @Nested
    class ExactKeyLayout extends EvidenceStoreContract {

        @Override
        protected MongoDatabase freshDatabase() {
            return fresh();
        }

        @Override
        protected EvidenceStore storeOn(MongoDatabase database) {
            return new ExactKeyEvidenceStore(database);
        }

        @Override
        protected void damage(MongoDatabase database, String sha256) {
            Layouts.damageExactKeyChunk(database, sha256);
        }
    }

    @Nested
    class GridFsLayout extends EvidenceStoreContract {

        @Override
        protected MongoDatabase freshDatabase() {
            return fresh();
        }

        @Override
        protected EvidenceStore storeOn(MongoDatabase database) {
            return new GridFsEvidenceStore(database);
        }

        @Override
        protected void damage(MongoDatabase database, String sha256) {
            Layouts.damageGridFsChunk(database, sha256);
        }

        @Test
        void chunksLeftByAnUploadThatDiedMidwayDoNotBlockTheNextUpload() {
            byte[] bytes =
                    "%PDF-1.4 left half-stored"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            String sha256 = EvidenceStore.sha256(bytes);
            database.getCollection(GridFsEvidenceStore.BUCKET + ".chunks")
                    .insertOne(
                            new org.bson.Document("files_id", new org.bson.BsonString(sha256))
                                    .append("n", 0)
                                    .append(
                                            "data",
                                            new org.bson.types.Binary(new byte[] {1, 2, 3})));

            EvidenceStore.Stored stored =
                    store.store(
                            bytes,
                            "d.pdf",
                            "application/pdf",
                            "INVOICE",
                            "ops",
                            java.time.Instant.parse("2023-01-20T09:15:00Z"));

            assertThat(stored.created()).isTrue();
            assertThat(store.read(sha256))
                    .hasValueSatisfying(read -> assertThat(read).isEqualTo(bytes));
        }
    }
}
