package be.thorpark.ledger.query.view;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.bson.Document;

/**
 * An in-memory MongoDB for projection tests, shared by every test class of the run (starting it is
 * the slow part), a fresh database per target, and a stable view of documents.
 */
public final class InMemoryViews {

    private static final Instant START = Instant.parse("2023-01-02T09:00:00Z");

    private final MongoServer server;
    private final MongoClient client;

    private static InMemoryViews shared;

    public static synchronized InMemoryViews shared() {
        if (shared == null) {
            shared = new InMemoryViews();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    private InMemoryViews() {
        server = new MongoServer(new MemoryBackend());
        String address = server.bindAndGetConnectionString();
        client = MongoClients.create(address);
    }

    public MongoClient client() {
        return client;
    }

    public MongoDatabase freshDatabase() {
        return client.getDatabase("views_" + UUID.randomUUID().toString().replace("-", ""));
    }

    public ViewWriter freshTarget() {
        return new ViewWriter(freshDatabase(), "v1_");
    }

    public static ViewEvent event(
            long position, String aggregateId, long sequence, Object payload) {
        return new ViewEvent(position, aggregateId, sequence, START.plusSeconds(position), payload);
    }

    /**
     * Every document of a collection by id, with keys sorted, so that two targets can be compared
     * exactly.
     */
    public static Map<Object, Object> contents(ViewWriter target, String collection) {
        Map<Object, Object> all = new TreeMap<>();
        for (Document doc : target.collection(collection).find()) {
            all.put(doc.get("_id").toString(), canonical(doc));
        }
        return all;
    }

    private static Object canonical(Object value) {
        if (value instanceof Document doc) {
            Map<String, Object> sorted = new TreeMap<>();
            doc.forEach((k, v) -> sorted.put(k, canonical(v)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(canonical(v)));
            return copy;
        }
        return value;
    }

    private void close() {
        client.close();
        server.shutdownNow();
    }
}
