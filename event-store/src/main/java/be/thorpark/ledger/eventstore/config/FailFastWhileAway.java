package be.thorpark.ledger.eventstore.config;

import com.mongodb.MongoTimeoutException;
import com.mongodb.connection.ClusterDescription;
import com.mongodb.connection.ServerDescription;
import com.mongodb.event.ClusterDescriptionChangedEvent;
import com.mongodb.event.ClusterListener;
import com.mongodb.selector.ServerSelector;
import java.util.List;

/**
 * Ends a server selection at once while the driver knows that no server of the store answers.
 * Without it every operation during an outage waits out the whole server selection timeout, and a
 * request that reads twice, or a retried read, waits it out again: one to three seconds per request
 * on a busy machine. The first operation that meets a dead store still waits at most that timeout,
 * until the driver has looked once; recovery is the driver's own, since its monitor goes on looking
 * at the store every heartbeat and the answer it gets clears the state.
 *
 * <p>The selector is given the servers the operation's own selector kept (none while the store is
 * away), so the state of the cluster comes from the driver's cluster events instead.
 */
final class FailFastWhileAway implements ServerSelector, ClusterListener {

    private volatile boolean away;

    @Override
    public void clusterDescriptionChanged(ClusterDescriptionChangedEvent event) {
        away = knownUnreachable(event.getNewDescription());
    }

    @Override
    public List<ServerDescription> select(ClusterDescription cluster) {
        if (away) {
            throw new MongoTimeoutException("No server of the store answered when last looked at");
        }
        return cluster.getServerDescriptions();
    }

    boolean away() {
        return away;
    }

    /** Every server was looked at and none answered; before the first look nothing is known yet. */
    static boolean knownUnreachable(ClusterDescription cluster) {
        if (cluster.getServerDescriptions().isEmpty()) {
            return false;
        }
        for (ServerDescription server : cluster.getServerDescriptions()) {
            if (server.isOk() || server.getException() == null) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "FailFastWhileAway";
    }
}
