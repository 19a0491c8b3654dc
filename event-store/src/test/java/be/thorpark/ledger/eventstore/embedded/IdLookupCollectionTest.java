package be.thorpark.ledger.eventstore.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact {@code _id} reads answered from the document map must say what the server's own path says.
 */
class IdLookupCollectionTest {

    @TempDir Path dir;

    private EmbeddedMongoServer server;
    private MongoClient client;
    private MongoCollection<Document> docs;

    @BeforeEach
    void start() {
        server = EmbeddedMongoServer.start(dir, "127.0.0.1", 0, 16);
        client = MongoClients.create(server.connectionString());
        docs = client.getDatabase("ids").getCollection("docs");
        docs.insertOne(new Document("_id", 1L).append("v", "long one"));
        docs.insertOne(new Document("_id", 2).append("v", "int two"));
        docs.insertOne(new Document("_id", 3.0).append("v", "double three"));
        docs.insertOne(new Document("_id", "four").append("v", "string four"));
        docs.insertOne(new Document("_id", 5L).append("v", "long five"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aNumberIsFoundWhicheverNumericTypeItWasStoredAs() {
        assertThat(values(docs.find(Filters.eq("_id", 2L)))).containsExactly("int two");
        assertThat(values(docs.find(Filters.eq("_id", 3)))).containsExactly("double three");
        assertThat(values(docs.find(Filters.eq("_id", 1)))).containsExactly("long one");
        assertThat(values(docs.find(Filters.eq("_id", "four")))).containsExactly("string four");
        assertThat(values(docs.find(Filters.eq("_id", 6L)))).isEmpty();
    }

    @Test
    void inListsComeBackAscendingOnceEachWithoutTheMissingOnes() {
        assertThat(values(docs.find(Filters.in("_id", List.of(5L, 9L, 2L, 1L, 5L, 3L)))))
                .containsExactly("long one", "int two", "double three", "long five");
        assertThat(values(docs.find(Filters.in("_id", List.of(5L, 1L, 2L))).limit(2)))
                .containsExactly("long one", "int two");
        assertThat(values(docs.find(Filters.in("_id", List.of(7L, 8L))))).isEmpty();
        // Already ascending, as a history read asks: taken as it is, mixed widths included.
        assertThat(values(docs.find(Filters.in("_id", List.<Object>of(1, 2L, 3L, 4L, 5)))))
                .containsExactly("long one", "int two", "double three", "long five");
        assertThat(values(docs.find(Filters.in("_id", List.of(1L, 2L, 2L, 5L)))))
                .containsExactly("long one", "int two", "long five");
    }

    @Test
    void batchesLargerThanOneReplyAreFollowedThroughTheCursor() {
        List<Document> many = new ArrayList<>();
        for (long id = 100; id < 1100; id++) {
            many.add(new Document("_id", id).append("v", "n" + id));
        }
        docs.insertMany(many);
        List<Long> wanted = new ArrayList<>();
        for (long id = 1099; id >= 100; id--) {
            wanted.add(id);
        }
        List<String> found = values(docs.find(Filters.in("_id", wanted)).batchSize(64));
        assertThat(found).hasSize(1000).startsWith("n100", "n101").endsWith("n1099");
    }

    @Test
    void otherQueriesOnIdStillTakeTheServersOwnPath() {
        assertThat(values(docs.find(Filters.gt("_id", 2))))
                .containsExactlyInAnyOrder("double three", "long five");
        assertThat(
                        values(
                                docs.find(Filters.in("_id", List.of(1L, 2L)))
                                        .sort(new Document("_id", -1))))
                .containsExactly("int two", "long one");
        assertThat(values(docs.find(Filters.and(Filters.eq("_id", 1L), Filters.eq("v", "other")))))
                .isEmpty();
    }

    /**
     * The first document in a sort order, as the highest commit number and position are asked for,
     * is answered in one pass; asking for two takes the server's own path, whose first is the
     * answer to match: by the id, by a field some documents lack, with ties, and projected.
     */
    @Test
    void theFirstInASortOrderIsWhatTheServersOwnSortPutsFirst() {
        docs.insertOne(new Document("_id", 6L).append("v", "six").append("rank", 2));
        docs.insertOne(new Document("_id", 7L).append("v", "seven").append("rank", 9));
        docs.insertOne(new Document("_id", 8L).append("v", "eight").append("rank", 9));
        docs.insertOne(new Document("_id", 9L).append("v", "nine").append("rank", 2.5));
        List<Document> orders =
                List.of(
                        new Document("_id", -1),
                        new Document("_id", 1),
                        new Document("rank", -1),
                        new Document("rank", 1),
                        new Document("v", -1),
                        new Document("rank", -1).append("_id", -1));
        for (Document order : orders) {
            Document ownPath = docs.find().sort(order).limit(2).first();
            assertThat(docs.find().sort(order).limit(1).first()).as("%s", order).isEqualTo(ownPath);
            assertThat(docs.find().sort(order).projection(new Document("v", 1)).limit(1).first())
                    .as("%s, projected", order)
                    .isEqualTo(
                            new Document("_id", ownPath.get("_id")).append("v", ownPath.get("v")));
        }
        assertThat(docs.find().sort(new Document("_id", -1)).limit(1).first().getString("v"))
                .as("strings sort after numbers")
                .isEqualTo("string four");
        assertThat(docs.find().sort(new Document("rank", -1)).limit(1).first().getString("v"))
                .as("a tie keeps the first in stored order")
                .isEqualTo("seven");
        docs.deleteMany(new Document());
        assertThat(docs.find().sort(new Document("_id", -1)).limit(1).first()).isNull();
    }

    /** Commit numbers only: the ends of the document map answer, and agree with the server. */
    @Test
    void theHighestAndLowestLongIdsAreTheServersToo() {
        MongoCollection<Document> commits = client.getDatabase("ids").getCollection("commits");
        assertThat(commits.find().sort(new Document("_id", -1)).limit(1).first()).isNull();
        for (long id : new long[] {40, 3, 700, 12, 699, 1}) {
            commits.insertOne(new Document("_id", id).append("v", "c" + id));
        }
        for (int direction : new int[] {-1, 1}) {
            Document order = new Document("_id", direction);
            Document ownPath = commits.find().sort(order).limit(2).first();
            assertThat(commits.find().sort(order).limit(1).first()).isEqualTo(ownPath);
        }
        assertThat(commits.find().sort(new Document("_id", -1)).limit(1).first().getString("v"))
                .isEqualTo("c700");
        assertThat(
                        commits.find()
                                .sort(new Document("_id", 1))
                                .projection(new Document("_id", 1))
                                .limit(1)
                                .first())
                .isEqualTo(new Document("_id", 1L));
        // One key of another type, and the map's ends no longer say which number is highest.
        commits.insertOne(new Document("_id", 5000).append("v", "int 5000"));
        assertThat(commits.find().sort(new Document("_id", -1)).limit(1).first().getString("v"))
                .isEqualTo("int 5000");
    }

    /**
     * Pages in {@code _id} order, as the views' lists read them, are walked from the document map;
     * a second, never deciding sort key sends the same query down the server's own path, whose
     * answer they must equal: both directions, filters, skips past the end, numbers and strings.
     */
    @Test
    void pagesInIdOrderAreTheServersPages() {
        MongoCollection<Document> numbered = client.getDatabase("ids").getCollection("numbered");
        MongoCollection<Document> named = client.getDatabase("ids").getCollection("named");
        for (long id = 1; id <= 60; id++) {
            long scrambled = (id * 37) % 61;
            numbered.insertOne(new Document("_id", scrambled).append("even", scrambled % 2 == 0));
            named.insertOne(
                    new Document("_id", (scrambled % 3 == 0 ? "\ud83d\ude00" : "t") + scrambled)
                            .append("even", scrambled % 2 == 0));
        }
        named.insertOne(new Document("_id", "\uffef").append("even", true));
        List<Document> filters =
                List.of(new Document(), new Document("even", true), new Document("even", "never"));
        for (MongoCollection<Document> collection : List.of(numbered, named)) {
            for (int direction : new int[] {1, -1}) {
                for (Document filter : filters) {
                    for (int[] page : new int[][] {{0, 20}, {20, 20}, {55, 20}, {70, 5}, {3, 0}}) {
                        List<Document> walked =
                                collection
                                        .find(filter)
                                        .sort(new Document("_id", direction))
                                        .skip(page[0])
                                        .limit(page[1])
                                        .into(new ArrayList<>());
                        List<Document> ownPath =
                                collection
                                        .find(filter)
                                        .sort(new Document("_id", direction).append("even", 1))
                                        .skip(page[0])
                                        .limit(page[1])
                                        .into(new ArrayList<>());
                        assertThat(walked)
                                .as(
                                        "%s %s %d %s",
                                        collection.getNamespace(),
                                        filter,
                                        direction,
                                        java.util.Arrays.toString(page))
                                .isEqualTo(ownPath);
                    }
                }
            }
        }
        assertThat(numbered.find().sort(new Document("_id", 1)).limit(3).into(new ArrayList<>()))
                .extracting(d -> d.get("_id"))
                .containsExactly(1L, 2L, 3L);
    }

    /**
     * The highest value of a field with a unique index, as the highest position of the history is
     * asked for, comes from the end of the index; a second sort key sends the same question down
     * the server's own path. Keys of another type leave it to the server.
     */
    @Test
    void theHighestOfAUniqueMultikeyFieldIsTheServersToo() {
        MongoCollection<Document> commits = client.getDatabase("ids").getCollection("positions");
        commits.createIndex(
                new Document("positions", 1),
                new com.mongodb.client.model.IndexOptions().unique(true));
        Document byPositions = new Document("positions", -1);
        Document ownPath = new Document("positions", -1).append("_id", 1);
        assertThat(commits.find().sort(byPositions).limit(1).first()).isNull();
        long[][] stored = {{1, 2, 3}, {9}, {4, 5}, {300, 301}, {6, 7, 8}, {10}};
        for (int i = 0; i < stored.length; i++) {
            List<Long> positions = new ArrayList<>();
            for (long p : stored[i]) {
                positions.add(p);
            }
            commits.insertOne(new Document("_id", (long) i + 1).append("positions", positions));
        }
        commits.insertOne(new Document("_id", 99L).append("positions", List.of()));
        assertThat(commits.find().sort(byPositions).limit(1).first().get("_id")).isEqualTo(4L);
        assertThat(commits.find().sort(byPositions).limit(1).first())
                .isEqualTo(commits.find().sort(ownPath).limit(1).first());
        assertThat(
                        commits.find()
                                .sort(byPositions)
                                .projection(new Document("_id", 1))
                                .limit(1)
                                .first())
                .isEqualTo(new Document("_id", 4L));
        // A position stored as an int is kept in the index as a number like the others.
        commits.insertOne(new Document("_id", 7L).append("positions", List.of(1000)));
        assertThat(commits.find().sort(byPositions).limit(1).first().get("_id")).isEqualTo(7L);
        // A negative number's bytes sort after every other: the server's own path answers.
        commits.insertOne(new Document("_id", 8L).append("positions", List.of(-5L)));
        assertThat(commits.find().sort(byPositions).limit(1).first().get("_id")).isEqualTo(7L);
        commits.insertOne(new Document("_id", 9L).append("positions", List.of("text")));
        assertThat(commits.find().sort(byPositions).limit(1).first())
                .isEqualTo(commits.find().sort(ownPath).limit(1).first());
    }

    @Test
    void storedDocumentsAreReadAgainAfterARestart() {
        client.close();
        server.close();
        server = EmbeddedMongoServer.start(dir, "127.0.0.1", 0, 16);
        client = MongoClients.create(server.connectionString());
        docs = client.getDatabase("ids").getCollection("docs");
        assertThat(values(docs.find(Filters.in("_id", List.of(1L, 2L, 3L, "four"))))).hasSize(4);
    }

    private static List<String> values(Iterable<Document> found) {
        List<String> values = new ArrayList<>();
        found.forEach(doc -> values.add(doc.getString("v")));
        return values;
    }

    @Test
    void projectionsOfIncludedFieldsGiveWhatTheServersOwnPathGives() {
        docs.insertOne(
                new Document("_id", "view-1")
                        .append("name", "Lab 1")
                        .append("applied", new Document("unit-1", 7L).append("unit-2", 9L))
                        .append("position", 9L)
                        .append("tags", List.of(new Document("k", "a"), new Document("k", "b")))
                        .append(
                                "nested",
                                new Document("deep", new Document("x", 1).append("y", 2))));
        List<Document> projections =
                List.of(
                        new Document("applied.unit-1", 1),
                        new Document("applied.unit-3", 1),
                        new Document("name", 1).append("position", true),
                        new Document("position", 1).append("_id", 0),
                        new Document("_id", 1),
                        new Document("nested.deep.y", 1).append("applied", 1),
                        new Document("name.first", 1),
                        new Document("tags.k", 1),
                        new Document("_id", 0),
                        new Document("name", 0));
        for (Document projection : projections) {
            Document fast = docs.find(Filters.eq("_id", "view-1")).projection(projection).first();
            // The same document through a query the server answers itself.
            Document own =
                    docs.find(Filters.and(Filters.eq("_id", "view-1"), Filters.exists("_id")))
                            .projection(projection)
                            .first();
            assertThat(fast).as("projection %s", projection.toJson()).isEqualTo(own);
            assertThat(fast == null ? null : fast.keySet())
                    .as("field order of %s", projection.toJson())
                    .containsExactlyElementsOf(own.keySet());
        }
    }
}
