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
import be.thorpark.ledger.query.lease.LeaseTimeline;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lease register on the business date, as {@code GET /api/leases}: the terms in force, and the
 * signed ones.
 */
final class LeasesFeed implements FeedSet {

    static final String NAME = "Leases";

    static final List<FeedProperty> PROPERTIES =
            List.of(
                    text("Id"),
                    text("TenantId"),
                    text("UnitId"),
                    date("StartDate"),
                    date("EndDate"),
                    date("LastDay"),
                    text("Status"),
                    decimal("Area"),
                    decimal("MonthlyRent"),
                    int32("Amendments"),
                    decimal("SignedArea"),
                    decimal("SignedMonthlyRent"),
                    date("SignedEndDate"),
                    instant("SignedAt"),
                    int64("Position"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String typeName() {
        return "Lease";
    }

    @Override
    public List<FeedProperty> properties() {
        return PROPERTIES;
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
    public RowSource rows(FeedContext context) {
        return DocumentRows.single(
                context.source().collection(LeaseProjection.LEASES),
                LeaseCodec.SIGNED,
                docs ->
                        docs.stream()
                                .map(LeaseCodec::decode)
                                .map(lease -> entity(lease, context.date()))
                                .toList());
    }

    /**
     * One lease document of any of the views that keep them (leases, tenant leases, unit leases).
     */
    static Map<String, Object> entity(LeaseDocument lease, LocalDate date) {
        Optional<LeaseTimeline.Terms> terms = lease.termsInForce(date);
        return FeedValues.entity(
                "Id", lease.id(),
                "TenantId", lease.tenantId(),
                "UnitId", lease.unitId(),
                "StartDate", lease.startDate(),
                "EndDate", terms.map(LeaseTimeline.Terms::endDate).orElse(null),
                "LastDay", lease.lastDay(),
                "Status", lease.status(date).name(),
                "Area", terms.map(LeaseTimeline.Terms::area).orElse(null),
                "MonthlyRent", terms.map(LeaseTimeline.Terms::monthlyRent).orElse(null),
                "Amendments", lease.amendments().size(),
                "SignedArea", lease.area(),
                "SignedMonthlyRent", lease.monthlyRent(),
                "SignedEndDate", lease.endDate(),
                "SignedAt", lease.signedAt(),
                "Position", lease.position());
    }
}
