package be.thorpark.ledger.query.tenant;

import be.thorpark.ledger.events.SealedText;
import be.thorpark.ledger.events.jobs.JobsRegistered;
import be.thorpark.ledger.events.tenant.ContactPerson;
import be.thorpark.ledger.events.tenant.PersonalDataErased;
import be.thorpark.ledger.events.tenant.TenantArrived;
import be.thorpark.ledger.events.tenant.TenantDeparted;
import be.thorpark.ledger.events.tenant.TenantRegistered;
import be.thorpark.ledger.query.lease.LeaseTimeline;
import be.thorpark.ledger.query.view.DocValues;
import be.thorpark.ledger.query.view.DeclaredProjection;
import be.thorpark.ledger.query.view.ViewTarget;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The tenant directory: {@code tenants} (one document per tenant: profile, contact as sealed text, arrival and
 * departure dates, erased persons, job registrations) and {@code tenant_leases} (one document per lease, its terms over
 * time, to find a tenant's leases on any date).
 */
@Component
public class TenantProjection extends DeclaredProjection {

    public static final String NAME = "tenants";
    public static final String TENANTS = "tenants";
    public static final String TENANT_LEASES = "tenant_leases";

    public TenantProjection() {
        on(TenantRegistered.class, (e, t) -> tenant(t, e.tenantId().value(), Updates.combine(
                Updates.set("tenantId", e.tenantId().value()),
                Updates.set("name", e.name()),
                Updates.set("enterpriseNumber", e.enterpriseNumber() == null ? null
                        : e.enterpriseNumber().formatted()),
                Updates.set("profile", e.profile() == null ? null : e.profile().name()),
                Updates.set("sector", e.sector()),
                Updates.set("contact", contact(e.contact())),
                Updates.set("registeredAt", t.event().recordedAt()))));
        on(TenantArrived.class, (e, t) -> tenant(t, e.tenantId().value(),
                Updates.set("arrivalDate", DocValues.date(e.date()))));
        on(TenantDeparted.class, (e, t) -> tenant(t, e.tenantId().value(),
                Updates.set("departureDate", DocValues.date(e.date()))));
        on(PersonalDataErased.class, (e, t) -> tenant(t, e.tenantId().value(),
                Updates.addToSet("erasedPersonIds", e.personId())));
        on(JobsRegistered.class, (e, t) -> tenant(t, e.tenantId().value(), Updates.push("jobs", new Document()
                .append("change", e.change().name())
                .append("count", e.count())
                .append("category", e.category())
                .append("effectiveDate", DocValues.date(e.effectiveDate()))
                .append("position", t.event().position()))));
        include(LeaseTimeline.keptIn(TENANT_LEASES));
    }

    @Override
    public List<String> collections() {
        return List.of(TENANTS, TENANT_LEASES);
    }

    @Override
    public String name() {
        return NAME;
    }

    private static Document contact(ContactPerson contact) {
        if (contact == null) {
            return null;
        }
        return new Document("personId", contact.personId())
                .append("name", sealed(contact.name()))
                .append("email", sealed(contact.email()));
    }

    private static Document sealed(SealedText text) {
        return text == null ? null : new Document("subjectId", text.subjectId()).append("ciphertext", text.ciphertext());
    }

    @Override
    public Map<String, List<IndexModel>> indexes() {
        return Map.of(
                TENANTS, List.of(new IndexModel(Indexes.ascending("name")),
                        new IndexModel(Indexes.ascending("enterpriseNumber"))),
                TENANT_LEASES, List.of(new IndexModel(Indexes.ascending("tenantId"))));
    }

    /** A change of the tenant's document; an event of the tenant itself also moves its version ({@code ETag}). */
    private static void tenant(ViewTarget target, String tenantId, Bson update) {
        Bson full = tenantId.equals(target.event().aggregateId())
                ? Updates.combine(update, Updates.max("version", target.event().sequence() + 1)) : update;
        target.apply(TENANTS, tenantId, full);
    }
}
