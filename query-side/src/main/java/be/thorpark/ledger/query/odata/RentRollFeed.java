package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.decimal;
import static be.thorpark.ledger.query.odata.FeedProperty.text;

import be.thorpark.ledger.query.lease.LeaseProjection;
import be.thorpark.ledger.query.lease.LeaseTimeline;
import com.mongodb.client.model.Filters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

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
                Filters.and(
                        Filters.exists("startDate"),
                        Filters.lte("startDate", context.date().toString())),
                docs -> docs.stream().map(lease -> line(lease, context)).toList());
    }

    private static List<Map<String, Object>> line(Document lease, FeedContext context) {
        Optional<LeaseTimeline.Terms> terms = LeaseTimeline.activeOn(lease, context.date());
        return terms.map(
                        t ->
                                List.of(
                                        FeedValues.entity(
                                                "LeaseId", lease.getString("_id"),
                                                "TenantId", lease.getString("tenantId"),
                                                "UnitId", lease.getString("unitId"),
                                                "Area", t.area(),
                                                "MonthlyRent", t.monthlyRent())))
                .orElse(List.of());
    }
}
