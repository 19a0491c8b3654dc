package be.thorpark.ledger.eventstore.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scratch databases live beside the store file, not in it: they answer like any other database
 * while the server runs, add nothing to the file and are gone after a restart, while the ledger's
 * own databases stay.
 */
class ScratchDatabaseTest {

    @TempDir Path dir;

    @Test
    void aScratchDatabaseAnswersLikeAnyOtherButNeverReachesTheFile() throws Exception {
        String scratch = EmbeddedMongoServer.SCRATCH_PREFIX + "test_asof_42";
        long fileBefore;
        long fileAfter;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, "127.0.0.1", 0, 16);
                MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("ledger").getCollection("kept").insertOne(new Document("_id", 1));
            fileBefore = Files.size(server.file());

            var docs = client.getDatabase(scratch).getCollection("v1_units");
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                batch.add(new Document("_id", "unit-" + i).append("text", "x".repeat(500)));
            }
            docs.insertMany(batch);
            docs.updateOne(Filters.eq("_id", "unit-7"), Updates.set("area", 120));

            assertThat(docs.countDocuments()).isEqualTo(2_000);
            assertThat(docs.find(Filters.eq("_id", "unit-7")).first().getInteger("area"))
                    .isEqualTo(120);
            assertThat(client.listDatabaseNames().into(new ArrayList<>())).contains(scratch);
            fileAfter = Files.size(server.file());
        }
        // About 1 MB of documents went into the scratch database; the file did not grow by it.
        assertThat(fileAfter - fileBefore).isLessThan(100_000);

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, "127.0.0.1", 0, 16);
                MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(client.listDatabaseNames().into(new ArrayList<>()))
                    .contains("ledger")
                    .doesNotContain(scratch);
            assertThat(client.getDatabase("ledger").getCollection("kept").countDocuments())
                    .isEqualTo(1);
            assertThat(client.getDatabase(scratch).getCollection("v1_units").countDocuments())
                    .isZero();
        }
    }
}
