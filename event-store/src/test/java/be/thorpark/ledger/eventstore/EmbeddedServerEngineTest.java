package be.thorpark.ledger.eventstore;

import be.thorpark.ledger.eventstore.embedded.EmbeddedMongoServer;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine contract against the durable embedded MongoDB-wire server the application starts by
 * default.
 */
class EmbeddedServerEngineTest extends EngineContract {

    @TempDir static Path dataDir;

    private static EmbeddedMongoServer server;
    private static MongoClient client;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, 256);
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @Override
    protected MongoDatabase freshDatabase() {
        return client.getDatabase("ledger_" + UUID.randomUUID().toString().replace("-", ""));
    }
}
