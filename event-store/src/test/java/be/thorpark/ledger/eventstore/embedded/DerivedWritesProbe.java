package be.thorpark.ledger.eventstore.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.nio.file.Path;

/**
 * Run in a child process by {@link DerivedWritesCrashTest}: one thread writes as a view processor does (a view
 * document, then its token, each acknowledged before the next), another writes records and prints each acknowledged
 * one, until the process is killed.
 */
public final class DerivedWritesProbe {

    static final String ACK = "record ";

    private DerivedWritesProbe() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedMongoServer server = EmbeddedMongoServer.start(Path.of(args[0]), "127.0.0.1", 0, 64);
        MongoClient client = MongoClients.create(server.connectionString());
        MongoDatabase database = client.getDatabase("probe");
        MongoCollection<Document> view = database.getCollection("v1_readings");
        MongoCollection<Document> tokens = database.getCollection("tracking_tokens");
        MongoCollection<Document> records = database.getCollection("records");
        Thread processor = new Thread(() -> {
            for (long n = 1; ; n++) {
                view.insertOne(new Document("_id", n));
                tokens.replaceOne(Filters.eq("_id", "readings"), new Document("_id", "readings").append("token", n),
                        new ReplaceOptions().upsert(true));
            }
        }, "probe-processor");
        processor.setDaemon(true);
        processor.start();
        for (long n = 1; ; n++) {
            records.insertOne(new Document("_id", n));
            System.out.println(ACK + n);
            System.out.flush();
        }
    }
}
