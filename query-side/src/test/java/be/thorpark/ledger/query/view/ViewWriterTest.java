package be.thorpark.ledger.query.view;

import static be.thorpark.ledger.query.view.InMemoryViews.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Updates;
import java.math.BigDecimal;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

class ViewWriterTest {

    private final InMemoryViews mongo = InMemoryViews.shared();

    @Test
    void anEventIsAppliedOnceEvenWhenDeliveredTwice() {
        ViewWriter target = mongo.freshTarget();
        ViewEvent first = event(3, "tenant-0403170701", 0, "x");

        assertThat(target.apply("things", "a", first, Updates.inc("count", 1))).isTrue();
        assertThat(target.apply("things", "a", first, Updates.inc("count", 1))).isFalse();

        Document doc = target.collection("things").find().first();
        assertThat(doc.getInteger("count")).isEqualTo(1);
        assertThat(doc.getLong("position")).isEqualTo(3L);
        assertThat(target.collection("things").countDocuments()).isEqualTo(1);
    }

    @Test
    void anOlderEventOfTheSameSourceIsIgnoredButOtherSourcesStillApply() {
        ViewWriter target = mongo.freshTarget();
        target.apply("things", "a", event(10, "lease-1", 1, "x"), Updates.inc("count", 1));

        assertThat(
                        target.apply(
                                "things",
                                "a",
                                event(7, "lease-1", 0, "x"),
                                Updates.inc("count", 1)))
                .isFalse();
        assertThat(
                        target.apply(
                                "things",
                                "a",
                                event(8, "lease-2", 0, "x"),
                                Updates.inc("count", 1)))
                .isTrue();

        Document doc = target.collection("things").find().first();
        assertThat(doc.getInteger("count")).isEqualTo(2);
        assertThat(doc.getLong("position")).isEqualTo(10L);
        assertThat(doc.get("applied", Document.class))
                .containsEntry("lease-1", 10L)
                .containsEntry("lease-2", 8L);
    }

    @Test
    void sourceIdsWithDotsAreKeptAsOneKey() {
        ViewWriter target = mongo.freshTarget();
        target.apply("things", "a", event(1, "unit-b1-hall.2", 0, "x"), Updates.set("seen", true));

        Document applied =
                target.collection("things").find().first().get("applied", Document.class);
        assertThat(applied.keySet()).containsExactly(FieldKeys.encode("unit-b1-hall.2"));
        assertThat(FieldKeys.decode(applied.keySet().iterator().next()))
                .isEqualTo("unit-b1-hall.2");
    }

    @Test
    void decimalsAreStoredExactly() {
        ViewWriter target = mongo.freshTarget();
        target.apply(
                "things",
                "a",
                event(1, "x-1", 0, "x"),
                Updates.set("amount", new Decimal128(new BigDecimal("5200000.10"))));

        assertThat(DocValues.decimal(target.collection("things").find().first(), "amount"))
                .isEqualByComparingTo("5200000.10");
    }
}
