package be.thorpark.ledger.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.InetSocketAddress;
import java.util.UUID;

/** The engine contract against the embedded MongoDB-wire server. */
class EmbeddedServerEngineTest extends EngineContract {

    private static MongoServer server;
    private static MongoClient client;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdown();
    }

    @Override
    protected MongoDatabase freshDatabase() {
        return client.getDatabase("ledger_" + UUID.randomUUID().toString().replace("-", ""));
    }
}
