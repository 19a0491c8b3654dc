package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.decimal;
import static be.thorpark.ledger.query.odata.FeedProperty.text;

import be.thorpark.ledger.query.lease.LeaseCodec;
import be.thorpark.ledger.query.lease.LeaseDocument;
import be.thorpark.ledger.query.lease.LeaseProjection;
import be.thorpark.ledger.query.lease.LeaseTimeline;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every lease running on the business date with its area and monthly rent then, as {@code
 * /api/leases/rent-roll}.
 */
final class RentRollFeed implements FeedSet {

    @Override
    public String name() {
        return "RentRoll";
    }

    @Override
    public String typeName() {
        return "RentLine";
    }

    @Override
    public List<FeedProperty> properties() {
        return List.of(
                text("LeaseId"),
                text("TenantId"),
                text("UnitId"),
                decimal("Area"),
                decimal("MonthlyRent"));
    }

    @Override
    public String key() {
        return "LeaseId";
    }

    @Override
    public String view() {
        return LeaseProjection.NAME;
    }

    @Override
    public RowSource rows(FeedContext context) {
        return new DocumentRows(
                context.source().collection(LeaseProjection.LEASES),
                LeaseCodec.startedBy(context.date()),
                docs ->
                        docs.stream()
                                .map(LeaseCodec::decode)
                                .map(lease -> line(lease, context))
                                .toList());
    }

    private static List<Map<String, Object>> line(LeaseDocument lease, FeedContext context) {
        Optional<LeaseTimeline.Terms> terms = lease.activeOn(context.date());
        return terms.map(
                        t ->
                                List.of(
                                        FeedValues.entity(
                                                "LeaseId", lease.id(),
                                                "TenantId", lease.tenantId(),
                                                "UnitId", lease.unitId(),
                                                "Area", t.area(),
                                                "MonthlyRent", t.monthlyRent())))
                .orElse(List.of());
    }
}
