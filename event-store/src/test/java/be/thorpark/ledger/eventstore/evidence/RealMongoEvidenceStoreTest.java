package be.thorpark.ledger.eventstore.evidence;

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
 * The GridFS layout, the one a real MongoDB gets, against a real MongoDB; skipped, and reported so,
 * without Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class RealMongoEvidenceStoreTest extends EvidenceStoreContract {

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
        return client.getDatabase("evidence_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    protected EvidenceStore storeOn(MongoDatabase database) {
        return EvidenceStore.on(database, false);
    }

    @Override
    protected void damage(MongoDatabase database, String sha256) {
        Layouts.damageGridFsChunk(database, sha256);
    }
}
