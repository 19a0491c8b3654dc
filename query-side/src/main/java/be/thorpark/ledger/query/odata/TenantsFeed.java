package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.date;
import static be.thorpark.ledger.query.odata.FeedProperty.decimal;
import static be.thorpark.ledger.query.odata.FeedProperty.instant;
import static be.thorpark.ledger.query.odata.FeedProperty.int32;
import static be.thorpark.ledger.query.odata.FeedProperty.int64;
import static be.thorpark.ledger.query.odata.FeedProperty.text;

import be.thorpark.ledger.query.lease.LeaseCodec;
import be.thorpark.ledger.query.lease.LeaseDocument;
import be.thorpark.ledger.query.lease.LeaseTimeline;
import be.thorpark.ledger.query.tenant.TenantCodec;
import be.thorpark.ledger.query.tenant.TenantDocument;
import be.thorpark.ledger.query.tenant.TenantProjection;
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
                TenantCodec.REGISTERED,
                docs -> {
                    List<TenantDocument> tenants = docs.stream().map(TenantCodec::decode).toList();
                    Map<String, List<LeaseDocument>> leases = leasesOf(context, tenants);
                    return tenants.stream()
                            .map(
                                    t ->
                                            entity(
                                                    t,
                                                    leases.getOrDefault(t.id(), List.of()),
                                                    context.date()))
                            .toList();
                });
    }

    @Override
    public RowSource related(String navigation, FeedContext context, String key) {
        return DocumentRows.single(
                context.source().collection(TenantProjection.TENANT_LEASES),
                LeaseCodec.signedOfTenant(key),
                docs ->
                        docs.stream()
                                .map(LeaseCodec::decode)
                                .map(lease -> LeasesFeed.entity(lease, context.date()))
                                .toList());
    }

    private static Map<String, List<LeaseDocument>> leasesOf(
            FeedContext context, List<TenantDocument> tenants) {
        Map<String, List<LeaseDocument>> byTenant = new HashMap<>();
        List<String> ids = tenants.stream().map(TenantDocument::id).toList();
        if (ids.isEmpty()) {
            return byTenant;
        }
        for (Document stored :
                context.source()
                        .collection(TenantProjection.TENANT_LEASES)
                        .find(LeaseCodec.ofTenants(ids))) {
            LeaseDocument lease = LeaseCodec.decode(stored);
            byTenant.computeIfAbsent(lease.tenantId(), k -> new ArrayList<>()).add(lease);
        }
        return byTenant;
    }

    private static Map<String, Object> entity(
            TenantDocument tenant, List<LeaseDocument> leases, LocalDate date) {
        int current = 0;
        BigDecimal leased = BigDecimal.ZERO.setScale(2);
        for (LeaseDocument lease : leases) {
            Optional<LeaseTimeline.Terms> terms = lease.activeOn(date);
            if (terms.isPresent()) {
                current++;
                leased = leased.add(terms.get().area());
            }
        }
        long created = 0;
        long ended = 0;
        for (TenantDocument.Job job : tenant.jobs()) {
            if (job.effectiveDate().isAfter(date)) {
                continue;
            }
            if ("CREATED".equals(job.change())) {
                created += job.count();
            } else {
                ended += job.count();
            }
        }
        return FeedValues.entity(
                "Id", tenant.id(),
                "Name", tenant.name(),
                "EnterpriseNumber", tenant.enterpriseNumber(),
                "Profile", tenant.profile(),
                "Sector", tenant.sector(),
                "Status", status(tenant, date),
                "ArrivalDate", tenant.arrivalDate(),
                "DepartureDate", tenant.departureDate(),
                "RegisteredAt",
                        tenant.registeredAt() == null ? null : tenant.registeredAt().toInstant(),
                "CurrentLeases", current,
                "LeasedArea", leased,
                "JobsCreated", created,
                "JobsEnded", ended,
                "JobsNet", created - ended,
                "Position", tenant.position());
    }

    /** On campus from the arrival date through the departure date, as the REST directory says. */
    private static String status(TenantDocument tenant, LocalDate date) {
        LocalDate arrival = tenant.arrivalDate();
        LocalDate departure = tenant.departureDate();
        if (departure != null && date.isAfter(departure)) {
            return "DEPARTED";
        }
        if (arrival != null && !date.isBefore(arrival)) {
            return "ON_CAMPUS";
        }
        return "REGISTERED";
    }
}
