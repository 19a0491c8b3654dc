package be.thorpark.ledger.eventstore.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unique indexes of the embedded store compare stored key bytes instead of serialising both
 * keys at each step; they must keep the H2 backend's file format and order, so that a store file
 * written by either opens with the other and answers the same.
 */
class SerializedKeyUniqueIndexTest {

    private static final int COUNT = 3_000;

    @TempDir Path dir;

    @Test
    void aStoreWrittenByTheUpstreamBackendIsReadAndExtendedAsItIs() {
        withUpstream(this::writeFirstHalf);
        withLedgerServer(
                docs -> {
                    assertFirstHalf(docs);
                    writeSecondHalf(docs);
                    assertEverything(docs);
                });
        // And back: the file written through the new key type still opens without it.
        withUpstream(this::assertEverything);
    }

    @Test
    void aStoreWrittenByTheLedgerServerIsReadByTheUpstreamBackend() {
        withLedgerServer(this::writeFirstHalf);
        withUpstream(
                docs -> {
                    assertFirstHalf(docs);
                    writeSecondHalf(docs);
                });
        withLedgerServer(this::assertEverything);
    }

    @Test
    void uniquenessIsStillEnforcedOnEveryKeyOfAMultikeyField() {
        withLedgerServer(
                docs -> {
                    writeFirstHalf(docs);
                    assertThatThrownBy(
                                    () ->
                                            docs.insertOne(
                                                    new Document("_id", "dup")
                                                            .append(
                                                                    "keys",
                                                                    List.of("k-9999", "k-7"))
                                                            .append("code", "fresh")))
                            .isInstanceOf(MongoWriteException.class)
                            .hasMessageContaining("duplicate key");
                    assertThatThrownBy(() -> docs.insertOne(new Document("_id", 7L)))
                            .isInstanceOf(MongoWriteException.class)
                            .hasMessageContaining("duplicate key");
                    docs.deleteOne(Filters.eq("_id", 7L));
                    docs.insertOne(
                            new Document("_id", 7L)
                                    .append("keys", List.of("k-7"))
                                    .append("code", "c-7"));
                    assertThat(docs.find(Filters.eq("keys", "k-7")).first())
                            .containsEntry("_id", 7L);
                    docs.updateOne(
                            Filters.eq("_id", 8L),
                            new Document("$set", new Document("code", "renamed")));
                    assertThat(docs.find(Filters.eq("code", "renamed")).first())
                            .containsEntry("_id", 8L);
                    assertThat(docs.find(Filters.eq("code", "c-8")).first()).isNull();
                });
    }

    private void writeFirstHalf(MongoCollection<Document> docs) {
        docs.createIndex(Indexes.ascending("keys"), new IndexOptions().unique(true));
        docs.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true).sparse(true));
        insert(docs, 0, COUNT / 2);
    }

    private void writeSecondHalf(MongoCollection<Document> docs) {
        insert(docs, COUNT / 2, COUNT);
    }

    private static void insert(MongoCollection<Document> docs, int from, int to) {
        List<Document> batch = new ArrayList<>();
        for (long i = from; i < to; i++) {
            batch.add(
                    new Document("_id", i)
                            .append("keys", List.of("k-" + i, "agg-" + (i % 97) + "#" + i))
                            .append("code", "c-" + i));
        }
        docs.insertMany(batch);
    }

    private void assertFirstHalf(MongoCollection<Document> docs) {
        assertRange(docs, 0, COUNT / 2);
        assertThat(docs.find(Filters.eq("keys", "k-" + COUNT / 2)).first()).isNull();
    }

    private void assertEverything(MongoCollection<Document> docs) {
        assertRange(docs, 0, COUNT);
        assertThat(docs.countDocuments()).isEqualTo(COUNT);
    }

    private static void assertRange(MongoCollection<Document> docs, int from, int to) {
        for (long i = from; i < to; i += 37) {
            assertThat(docs.find(Filters.eq("keys", "k-" + i)).first()).containsEntry("_id", i);
            assertThat(docs.find(Filters.eq("keys", "agg-" + (i % 97) + "#" + i)).first())
                    .containsEntry("_id", i);
            assertThat(docs.find(Filters.eq("code", "c-" + i)).first()).containsEntry("_id", i);
        }
        List<String> some = List.of("k-" + from, "k-" + (to - 1), "k-absent");
        assertThat(docs.find(Filters.in("keys", some)).into(new ArrayList<>())).hasSize(2);
    }

    private void withLedgerServer(Consumer<MongoCollection<Document>> work) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir, "127.0.0.1", 0, 16);
                MongoClient client = MongoClients.create(server.connectionString())) {
            work.accept(client.getDatabase("ledger").getCollection("docs"));
        }
    }

    private void withUpstream(Consumer<MongoCollection<Document>> work) {
        MVStore store =
                new MVStore.Builder()
                        .fileName(dir.resolve(EmbeddedMongoServer.FILE_NAME).toString())
                        .compress()
                        .open();
        H2Backend backend = new H2Backend(store);
        MongoServer server = new MongoServer(backend);
        try {
            InetSocketAddress address = server.bind();
            try (MongoClient client =
                    MongoClients.create(
                            "mongodb://" + address.getHostString() + ":" + address.getPort())) {
                work.accept(client.getDatabase("ledger").getCollection("docs"));
            }
        } finally {
            server.shutdownNow();
            backend.close();
        }
    }
}
