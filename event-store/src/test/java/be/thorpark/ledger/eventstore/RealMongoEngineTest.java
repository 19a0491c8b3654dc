package be.thorpark.ledger.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same engine contract against a real MongoDB replica set; skipped, and reported so, without
 * Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class RealMongoEngineTest extends EngineContract {

    @Container static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    private static MongoClient client;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(MONGO.getReplicaSetUrl());
    }

    @AfterAll
    static void disconnect() {
        if (client != null) {
            client.close();
        }
    }

    @Override
    protected MongoDatabase freshDatabase() {
        return client.getDatabase("ledger_" + UUID.randomUUID().toString().replace("-", ""));
    }
}
