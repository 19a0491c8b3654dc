package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.date;
import static be.thorpark.ledger.query.odata.FeedProperty.decimal;
import static be.thorpark.ledger.query.odata.FeedProperty.instant;
import static be.thorpark.ledger.query.odata.FeedProperty.int32;
import static be.thorpark.ledger.query.odata.FeedProperty.int64;
import static be.thorpark.ledger.query.odata.FeedProperty.text;

import be.thorpark.ledger.query.lease.LeaseProjection;
import be.thorpark.ledger.query.lease.LeaseTimeline;
import be.thorpark.ledger.query.view.DocValues;
import com.mongodb.client.model.Filters;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Every lease amendment, in the order agreed per lease, as {@code GET /api/leases/{id}} lists them.
 * Each states all terms from its effective date. The key is {@code <leaseId>/<number>}.
 */
final class LeaseAmendmentsFeed implements FeedSet {

    @Override
    public String name() {
        return "LeaseAmendments";
    }

    @Override
    public String typeName() {
        return "LeaseAmendment";
    }

    @Override
    public List<FeedProperty> properties() {
        return List.of(
                text("Id"),
                text("LeaseId"),
                int32("Number"),
                date("EffectiveDate"),
                decimal("Area"),
                decimal("MonthlyRent"),
                date("EndDate"),
                instant("RecordedAt"),
                int64("Position"));
    }

    @Override
    public String key() {
        return "Id";
    }

    @Override
    public String view() {
        return LeaseProjection.NAME;
    }

    @Override
    public boolean scansInKeyOrder() {
        // Per lease by number: amendment 10 comes after 9, which the text of the key does not say.
        return false;
    }

    @Override
    public RowSource rows(FeedContext context) {
        return new DocumentRows(
                context.source().collection(LeaseProjection.LEASES),
                Filters.and(Filters.exists("startDate"), Filters.exists("amendments")),
                docs -> docs.stream().map(LeaseAmendmentsFeed::amendments).toList());
    }

    private static List<Map<String, Object>> amendments(Document lease) {
        String leaseId = lease.getString("_id");
        return LeaseTimeline.amendmentsInOrder(lease).stream()
                .map(
                        a ->
                                FeedValues.entity(
                                        "Id", leaseId + "/" + a.getInteger("number", 0),
                                        "LeaseId", leaseId,
                                        "Number", a.getInteger("number", 0),
                                        "EffectiveDate", DocValues.date(a, "effectiveDate"),
                                        "Area", DocValues.decimal(a, "area"),
                                        "MonthlyRent", DocValues.decimal(a, "monthlyRent"),
                                        "EndDate", DocValues.date(a, "endDate"),
                                        "RecordedAt", FeedValues.instant(a, "recordedAt"),
                                        "Position", DocValues.longValue(a, "position")))
                .toList();
    }
}
