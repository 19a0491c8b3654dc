package be.thorpark.ledger.eventstore.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterConnectionMode;
import com.mongodb.connection.ClusterDescription;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ClusterType;
import com.mongodb.connection.ServerConnectionState;
import com.mongodb.connection.ServerDescription;
import com.mongodb.connection.ServerType;
import com.mongodb.event.ClusterDescriptionChangedEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailFastWhileAwayTest {

    private static final ServerAddress STORE = new ServerAddress("127.0.0.1", 27017);

    @Test
    void selectionFailsAtOnceOnlyWhileEveryServerWasLookedAtAndNoneAnswered() {
        FailFastWhileAway failFast = new FailFastWhileAway();
        ClusterDescription starting =
                cluster(
                        ServerDescription.builder()
                                .address(STORE)
                                .state(ServerConnectionState.CONNECTING)
                                .build());
        ClusterDescription away =
                cluster(
                        ServerDescription.builder()
                                .address(STORE)
                                .state(ServerConnectionState.CONNECTING)
                                .exception(new MongoSocketOpenException("refused", STORE))
                                .build());
        ClusterDescription back =
                cluster(
                        ServerDescription.builder()
                                .address(STORE)
                                .ok(true)
                                .state(ServerConnectionState.CONNECTED)
                                .type(ServerType.STANDALONE)
                                .build());

        changed(failFast, starting);
        assertThat(failFast.select(starting))
                .as("before the first look the driver waits as usual")
                .hasSize(1);

        changed(failFast, away);
        assertThat(failFast.away()).isTrue();
        assertThatThrownBy(() -> failFast.select(away)).isInstanceOf(MongoTimeoutException.class);

        changed(failFast, back);
        assertThat(failFast.away()).isFalse();
        assertThat(failFast.select(back)).hasSize(1);
    }

    private static ClusterDescription cluster(ServerDescription server) {
        return new ClusterDescription(
                ClusterConnectionMode.SINGLE, ClusterType.UNKNOWN, List.of(server));
    }

    private static void changed(FailFastWhileAway listener, ClusterDescription now) {
        listener.clusterDescriptionChanged(
                new ClusterDescriptionChangedEvent(new ClusterId(), now, now));
    }
}
