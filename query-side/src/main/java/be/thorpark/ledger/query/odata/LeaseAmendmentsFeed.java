package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.date;
import static be.thorpark.ledger.query.odata.FeedProperty.decimal;
import static be.thorpark.ledger.query.odata.FeedProperty.instant;
import static be.thorpark.ledger.query.odata.FeedProperty.int32;
import static be.thorpark.ledger.query.odata.FeedProperty.int64;
import static be.thorpark.ledger.query.odata.FeedProperty.text;

import be.thorpark.ledger.query.lease.LeaseCodec;
import be.thorpark.ledger.query.lease.LeaseDocument;
import be.thorpark.ledger.query.lease.LeaseProjection;
import java.util.List;
import java.util.Map;

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
                LeaseCodec.AMENDED,
                docs ->
                        docs.stream()
                                .map(LeaseCodec::decode)
                                .map(LeaseAmendmentsFeed::amendments)
                                .toList());
    }

    private static List<Map<String, Object>> amendments(LeaseDocument lease) {
        String leaseId = lease.id();
        return lease.amendmentsInOrder().stream()
                .map(
                        a ->
                                FeedValues.entity(
                                        "Id", leaseId + "/" + a.number(),
                                        "LeaseId", leaseId,
                                        "Number", a.number(),
                                        "EffectiveDate", a.effectiveDate(),
                                        "Area", a.area(),
                                        "MonthlyRent", a.monthlyRent(),
                                        "EndDate", a.endDate(),
                                        "RecordedAt", a.recordedAt(),
                                        "Position", a.position()))
                .toList();
    }
}
