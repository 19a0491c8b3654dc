package be.thorpark.ledger.eventstore.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.connection.ClusterDescription;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * UP only while the store answers a ping: a ledger that cannot append or read is not healthy. When
 * the driver already knows that no server of the store can be reached, DOWN is answered at once
 * rather than after a ping has waited out the server selection timeout.
 */
class LedgerStoreHealth extends AbstractHealthIndicator {

    private final MongoClient client;
    private final MongoDatabase database;

    LedgerStoreHealth(MongoClient client, MongoDatabase database) {
        super("The ledger's store is not reachable");
        this.client = client;
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (knownUnreachable(client.getClusterDescription())) {
            builder.down();
            return;
        }
        database.runCommand(new Document("ping", 1));
        builder.up();
    }

    /** Every server was looked at and none answered; before the first look nothing is known yet. */
    static boolean knownUnreachable(ClusterDescription cluster) {
        return FailFastWhileAway.knownUnreachable(cluster);
    }
}
