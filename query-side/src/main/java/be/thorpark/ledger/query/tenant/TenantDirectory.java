package be.thorpark.ledger.query.tenant;

import be.thorpark.ledger.events.SealedText;
import be.thorpark.ledger.query.lease.LeaseCodec;
import be.thorpark.ledger.query.lease.LeaseDocument;
import be.thorpark.ledger.query.lease.LeaseTimeline;
import be.thorpark.ledger.query.view.DocValues;
import be.thorpark.ledger.query.view.PageRequest;
import be.thorpark.ledger.query.view.ViewPage;
import be.thorpark.ledger.query.view.ViewWriter;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/** Reads the tenant directory for a business date. */
class TenantDirectory {

    enum Status {
        REGISTERED,
        ON_CAMPUS,
        DEPARTED
    }

    record Contact(String personId, String name, String email, boolean erased) {}

    record CurrentLease(String leaseId, String unitId, String area) {}

    record JobCounts(long created, long ended, long net) {}

    record LeaseLine(
            String leaseId,
            String unitId,
            String startDate,
            String lastDay,
            String status,
            String area,
            String monthlyRent) {}

    record JobLine(
            String change, long count, String category, String effectiveDate, long position) {}

    record TenantSummary(
            String id,
            String name,
            String enterpriseNumber,
            String profile,
            String sector,
            Status status,
            String arrivalDate,
            String departureDate,
            Contact contact,
            List<CurrentLease> currentLeases,
            String leasedArea,
            JobCounts jobs,
            long position) {}

    record TenantDetail(
            String id,
            String name,
            String enterpriseNumber,
            String profile,
            String sector,
            Status status,
            String date,
            String registeredAt,
            String arrivalDate,
            String departureDate,
            Contact contact,
            List<CurrentLease> currentLeases,
            String leasedArea,
            JobCounts jobs,
            List<LeaseLine> leases,
            List<JobLine> jobRegistrations,
            long version,
            long position) {}

    private final ViewWriter views;
    private final ContactReader contacts;

    TenantDirectory(ViewWriter views, ContactReader contacts) {
        this.views = views;
        this.contacts = contacts;
    }

    ViewPage<TenantSummary> list(PageRequest request, LocalDate date, long position) {
        long total =
                views.collection(TenantProjection.TENANTS).countDocuments(TenantCodec.REGISTERED);
        List<TenantDocument> tenants = new ArrayList<>();
        views.collection(TenantProjection.TENANTS)
                .find(TenantCodec.REGISTERED)
                .sort(Sorts.ascending("_id"))
                .skip(request.skip())
                .limit(request.size())
                .map(TenantCodec::decode)
                .into(tenants);
        Map<String, List<LeaseDocument>> leases =
                leasesOf(tenants.stream().map(TenantDocument::id).toList());
        List<TenantSummary> items =
                tenants.stream()
                        .map(t -> summary(t, leases.getOrDefault(t.id(), List.of()), date))
                        .toList();
        return new ViewPage<>(items, request.page(), request.size(), total, position);
    }

    Optional<TenantDetail> one(String id, LocalDate date, long position) {
        Document stored =
                views.collection(TenantProjection.TENANTS).find(Filters.eq("_id", id)).first();
        TenantDocument tenant = stored == null ? null : TenantCodec.decode(stored);
        if (tenant == null || !tenant.registered()) {
            return Optional.empty();
        }
        List<LeaseDocument> leases = leasesOf(List.of(id)).getOrDefault(id, List.of());
        TenantSummary s = summary(tenant, leases, date);
        List<LeaseLine> lines =
                leases.stream()
                        .sorted(
                                Comparator.comparing(
                                                (LeaseDocument l) -> String.valueOf(l.startDate()))
                                        .thenComparing(LeaseDocument::id))
                        .map(
                                l -> {
                                    Optional<LeaseTimeline.Terms> terms = l.termsInForce(date);
                                    return new LeaseLine(
                                            l.id(),
                                            l.unitId(),
                                            DocValues.date(l.startDate()),
                                            DocValues.date(l.lastDayInForce()),
                                            l.status(date).name(),
                                            terms.map(t -> DocValues.text(t.area())).orElse(null),
                                            terms.map(t -> DocValues.text(t.monthlyRent()))
                                                    .orElse(null));
                                })
                        .toList();
        List<JobLine> jobs =
                tenant.jobs().stream()
                        .sorted(Comparator.comparingLong(TenantDocument.Job::position))
                        .map(
                                j ->
                                        new JobLine(
                                                j.change(),
                                                j.count(),
                                                j.category(),
                                                DocValues.date(j.effectiveDate()),
                                                j.position()))
                        .toList();
        Object registeredAt = tenant.registeredAt();
        return Optional.of(
                new TenantDetail(
                        s.id(),
                        s.name(),
                        s.enterpriseNumber(),
                        s.profile(),
                        s.sector(),
                        s.status(),
                        date.toString(),
                        registeredAt == null ? null : registeredAt.toString(),
                        s.arrivalDate(),
                        s.departureDate(),
                        s.contact(),
                        s.currentLeases(),
                        s.leasedArea(),
                        s.jobs(),
                        lines,
                        jobs,
                        tenant.version(),
                        tenant.position()));
    }

    private Map<String, List<LeaseDocument>> leasesOf(List<String> tenantIds) {
        Map<String, List<LeaseDocument>> byTenant = new HashMap<>();
        if (tenantIds.isEmpty()) {
            return byTenant;
        }
        for (Document stored :
                views.collection(TenantProjection.TENANT_LEASES)
                        .find(LeaseCodec.ofTenants(tenantIds))) {
            LeaseDocument lease = LeaseCodec.decode(stored);
            byTenant.computeIfAbsent(lease.tenantId(), k -> new ArrayList<>()).add(lease);
        }
        return byTenant;
    }

    private TenantSummary summary(
            TenantDocument tenant, List<LeaseDocument> leases, LocalDate date) {
        List<CurrentLease> current = new ArrayList<>();
        BigDecimal leased = BigDecimal.ZERO.setScale(2);
        for (LeaseDocument lease :
                leases.stream().sorted(Comparator.comparing(LeaseDocument::id)).toList()) {
            Optional<LeaseTimeline.Terms> terms = lease.activeOn(date);
            if (terms.isPresent()) {
                current.add(
                        new CurrentLease(
                                lease.id(), lease.unitId(), DocValues.text(terms.get().area())));
                leased = leased.add(terms.get().area());
            }
        }
        return new TenantSummary(
                tenant.id(),
                tenant.name(),
                tenant.enterpriseNumber(),
                tenant.profile(),
                tenant.sector(),
                status(tenant, date),
                DocValues.date(tenant.arrivalDate()),
                DocValues.date(tenant.departureDate()),
                contact(tenant),
                current,
                DocValues.text(leased),
                jobs(tenant, date),
                tenant.position());
    }

    /** On campus from the arrival date through the departure date (its last day there). */
    static Status status(TenantDocument tenant, LocalDate date) {
        if (tenant.departureDate() != null && date.isAfter(tenant.departureDate())) {
            return Status.DEPARTED;
        }
        if (tenant.arrivalDate() != null && !date.isBefore(tenant.arrivalDate())) {
            return Status.ON_CAMPUS;
        }
        return Status.REGISTERED;
    }

    static JobCounts jobs(TenantDocument tenant, LocalDate date) {
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
        return new JobCounts(created, ended, created - ended);
    }

    private Contact contact(TenantDocument tenant) {
        TenantDocument.SealedContact contact = tenant.contact();
        if (contact == null) {
            return null;
        }
        if (tenant.erased(contact.personId())) {
            return new Contact(contact.personId(), null, null, true);
        }
        return new Contact(contact.personId(), open(contact.name()), open(contact.email()), false);
    }

    private String open(SealedText sealed) {
        return sealed == null ? null : contacts.open(sealed).orElse(null);
    }
}
