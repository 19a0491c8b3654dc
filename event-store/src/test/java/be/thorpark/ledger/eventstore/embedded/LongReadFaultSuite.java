package be.thorpark.ledger.eventstore.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query that walks a large collection while the store's background writer tidies the file.
 *
 * <p>Writes in many commits under random keys leave the file's chunks sparse. Once the writes stop,
 * the background writer rewrites the live pages of sparse chunks and frees those chunks. The store
 * keeps no old chunks for a while (retention time 0, so that a commit per write does not grow the
 * file), so a query that had started on the older version read a freed chunk and failed with "Chunk
 * ... not found": every one of three runs of this scenario before the fix. The server now marks the
 * version a command reads as in use until its reply is built. Only in the {@code faults} profile:
 * loading the collection takes a few minutes.
 */
class LongReadFaultSuite {

    private static final int DOCUMENTS = 120_000;

    @TempDir Path dir;

    @Test
    void wholeCollectionReadsRightAfterManyCommitsSeeEveryDocument() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, "127.0.0.1", 0, 64);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> docs = client.getDatabase("ledger").getCollection("views");
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                batch.add(viewDocument(i));
                if (batch.size() == 500) {
                    docs.insertMany(batch);
                    batch.clear();
                }
            }
            for (int read = 0; read < 3; read++) {
                long seen = 0;
                for (Document ignored : docs.find().batchSize(1_000)) {
                    seen++;
                }
                assertThat(seen).isEqualTo(DOCUMENTS);
            }
        }
    }

    private static Document viewDocument(int i) {
        return new Document("_id", "tenant-" + UUID.randomUUID())
                .append("name", "Tenant " + i + " NV")
                .append("enterpriseNumber", "0" + (100_000_000L + i))
                .append("profile", "SCALE_UP")
                .append("position", (long) i)
                .append("applied", new Document("tenant-" + i, (long) i))
                .append(
                        "contact",
                        new Document("email", "contact" + i + "@example.be")
                                .append("phone", "+32 89 000 " + i))
                .append(
                        "jobs",
                        new Document("engineering", 4)
                                .append("production", 3)
                                .append(
                                        "history",
                                        List.of(
                                                new Document("date", "2024-01-01")
                                                        .append("count", 2),
                                                new Document("date", "2024-02-01")
                                                        .append("count", 2))))
                .append(
                        "leases",
                        List.of("lease-" + UUID.randomUUID(), "lease-" + UUID.randomUUID()));
    }
}
