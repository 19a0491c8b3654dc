package be.thorpark.ledger.query.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.thorpark.ledger.query.view.InMemoryViews;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.junit.jupiter.api.Test;

class SegmentSharingTest {

    private static final Duration BEAT = Duration.ofMillis(50);

    private final MongoDatabase database = InMemoryViews.shared().freshDatabase();
    private final TokenStore tokens = new InMemoryTokenStore();

    @Test
    void aLoneInstanceMayHoldEverySegment() {
        tokens.initializeTokenSegments("tenants", 4);
        SegmentSharing alone = sharing(2);
        alone.start();
        try {
            assertThat(alone.getMaxSegments("tenants")).isEqualTo(2);
            // The next beat reads how many segments the processor really has.
            await().atMost(Duration.ofSeconds(5)).until(() -> alone.getMaxSegments("tenants") == 4);
        } finally {
            alone.stop();
        }
    }

    @Test
    void twoInstancesHoldHalfEachAndOneTakesAllBackWhenTheOtherStops() {
        SegmentSharing first = sharing(2);
        SegmentSharing second = sharing(2);
        first.start();
        second.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> first.getMaxSegments("jobs") == 1);
            assertThat(second.getMaxSegments("jobs")).isEqualTo(1);

            second.stop();

            await().atMost(Duration.ofSeconds(5)).until(() -> first.getMaxSegments("jobs") == 2);
        } finally {
            first.stop();
            second.stop();
        }
    }

    @Test
    void moreInstancesThanSegmentsStillLetEachHoldOne() {
        SegmentSharing[] instances = {sharing(2), sharing(2), sharing(2)};
        for (SegmentSharing instance : instances) {
            instance.start();
        }
        try {
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(
                            () -> {
                                for (SegmentSharing instance : instances) {
                                    assertThat(instance.getMaxSegments("units")).isEqualTo(1);
                                }
                            });
        } finally {
            for (SegmentSharing instance : instances) {
                instance.stop();
            }
        }
    }

    private SegmentSharing sharing(int segments) {
        return new SegmentSharing(database, tokens, "query_instances", BEAT, segments);
    }
}
