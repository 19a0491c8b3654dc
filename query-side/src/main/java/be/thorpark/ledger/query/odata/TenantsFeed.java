package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.date;
import static be.thorpark.ledger.query.odata.FeedProperty.decimal;
import static be.thorpark.ledger.query.odata.FeedProperty.instant;
import static be.thorpark.ledger.query.odata.FeedProperty.int32;
import static be.thorpark.ledger.query.odata.FeedProperty.int64;
import static be.thorpark.ledger.query.odata.FeedProperty.text;

import be.thorpark.ledger.query.lease.LeaseTimeline;
import be.thorpark.ledger.query.tenant.TenantProjection;
import be.thorpark.ledger.query.view.DocValues;
import com.mongodb.client.model.Filters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * The tenant directory on the business date, as {@code GET /api/tenants}. The contact person is
 * left out: a copy in a workbook would outlive the erasure of the person's key.
 */
final class TenantsFeed implements FeedSet {

    static final String LEASES = "Leases";

    @Override
    public String name() {
        return "Tenants";
    }

    @Override
    public String typeName() {
        return "Tenant";
    }

    @Override
    public List<FeedProperty> properties() {
        return List.of(
                text("Id"),
                text("Name"),
                text("EnterpriseNumber"),
                text("Profile"),
                text("Sector"),
                text("Status"),
                date("ArrivalDate"),
                date("DepartureDate"),
                instant("RegisteredAt"),
                int32("CurrentLeases"),
                decimal("LeasedArea"),
                int64("JobsCreated"),
                int64("JobsEnded"),
                int64("JobsNet"),
                int64("Position"));
    }

    @Override
    public String key() {
        return "Id";
    }

    @Override
    public String view() {
        return TenantProjection.NAME;
    }

    @Override
    public List<FeedNavigation> navigations() {
        return List.of(new FeedNavigation(LEASES, LeasesFeed.NAME));
    }

    @Override
    public RowSource rows(FeedContext context) {
        return DocumentRows.single(
                context.source().collection(TenantProjection.TENANTS),
                Filters.exists("tenantId"),
                docs -> {
                    Map<String, List<Document>> leases = leasesOf(context, docs);
                    return docs.stream()
                            .map(
                                    t ->
                                            entity(
                                                    t,
                                                    leases.getOrDefault(
                                                            t.getString("_id"), List.of()),
                                                    context.date()))
                            .toList();
                });
    }

    @Override
    public RowSource related(String navigation, FeedContext context, String key) {
        return DocumentRows.single(
                context.source().collection(TenantProjection.TENANT_LEASES),
                Filters.and(Filters.eq("tenantId", key), Filters.exists("startDate")),
                docs ->
                        docs.stream()
                                .map(lease -> LeasesFeed.entity(lease, context.date()))
                                .toList());
    }

    private static Map<String, List<Document>> leasesOf(
            FeedContext context, List<Document> tenants) {
        Map<String, List<Document>> byTenant = new HashMap<>();
        List<String> ids = tenants.stream().map(t -> t.getString("_id")).toList();
        if (ids.isEmpty()) {
            return byTenant;
        }
        for (Document lease :
                context.source()
                        .collection(TenantProjection.TENANT_LEASES)
                        .find(Filters.in("tenantId", ids))) {
            byTenant.computeIfAbsent(lease.getString("tenantId"), k -> new ArrayList<>())
                    .add(lease);
        }
        return byTenant;
    }

    private static Map<String, Object> entity(
            Document tenant, List<Document> leases, LocalDate date) {
        int current = 0;
        BigDecimal leased = BigDecimal.ZERO.setScale(2);
        for (Document lease : leases) {
            Optional<LeaseTimeline.Terms> terms = LeaseTimeline.activeOn(lease, date);
            if (terms.isPresent()) {
                current++;
                leased = leased.add(terms.get().area());
            }
        }
        long created = 0;
        long ended = 0;
        for (Document job : DocValues.documents(tenant, "jobs")) {
            if (LocalDate.parse(job.getString("effectiveDate")).isAfter(date)) {
                continue;
            }
            if ("CREATED".equals(job.getString("change"))) {
                created += DocValues.longValue(job, "count");
            } else {
                ended += DocValues.longValue(job, "count");
            }
        }
        return FeedValues.entity(
                "Id", tenant.getString("_id"),
                "Name", tenant.getString("name"),
                "EnterpriseNumber", tenant.getString("enterpriseNumber"),
                "Profile", tenant.getString("profile"),
                "Sector", tenant.getString("sector"),
                "Status", status(tenant, date),
                "ArrivalDate", DocValues.date(tenant, "arrivalDate"),
                "DepartureDate", DocValues.date(tenant, "departureDate"),
                "RegisteredAt", FeedValues.instant(tenant, "registeredAt"),
                "CurrentLeases", current,
                "LeasedArea", leased,
                "JobsCreated", created,
                "JobsEnded", ended,
                "JobsNet", created - ended,
                "Position", DocValues.longValue(tenant, "position"));
    }

    /** On campus from the arrival date through the departure date, as the REST directory says. */
    private static String status(Document tenant, LocalDate date) {
        LocalDate arrival = DocValues.date(tenant, "arrivalDate");
        LocalDate departure = DocValues.date(tenant, "departureDate");
        if (departure != null && date.isAfter(departure)) {
            return "DEPARTED";
        }
        if (arrival != null && !date.isBefore(arrival)) {
            return "ON_CAMPUS";
        }
        return "REGISTERED";
    }
}
