package be.thorpark.ledger.eventstore.config;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** UP only while the store answers a ping: a ledger that cannot append or read is not healthy. */
class LedgerStoreHealth extends AbstractHealthIndicator {

    private final MongoDatabase database;

    LedgerStoreHealth(MongoDatabase database) {
        super("The ledger's store is not reachable");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up();
    }
}
