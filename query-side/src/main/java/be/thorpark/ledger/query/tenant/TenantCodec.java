package be.thorpark.ledger.query.tenant;

import be.thorpark.ledger.events.SealedText;
import be.thorpark.ledger.events.jobs.JobsRegistered;
import be.thorpark.ledger.events.tenant.ContactPerson;
import be.thorpark.ledger.events.tenant.TenantRegistered;
import be.thorpark.ledger.query.view.DocValues;
import be.thorpark.ledger.query.view.ViewEvent;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The one place a {@link TenantDocument} meets BSON: the update of each tenant event and the
 * decoding of a stored tenant, and the filter its readers (this package's, the OData feed) query
 * by.
 */
public final class TenantCodec {

    private static final String TENANT_ID = "tenantId";

    /** Tenants whose registration has reached the view. */
    public static final Bson REGISTERED = Filters.exists(TENANT_ID);

    private TenantCodec() {}

    static Bson registered(TenantRegistered e, ViewEvent event) {
        return Updates.combine(
                Updates.set(TENANT_ID, e.tenantId().value()),
                Updates.set("name", e.name()),
                Updates.set(
                        "enterpriseNumber",
                        e.enterpriseNumber() == null ? null : e.enterpriseNumber().formatted()),
                Updates.set("profile", e.profile() == null ? null : e.profile().name()),
                Updates.set("sector", e.sector()),
                Updates.set("contact", contact(e.contact())),
                Updates.set("registeredAt", event.recordedAt()));
    }

    static Bson arrived(LocalDate date) {
        return Updates.set("arrivalDate", DocValues.date(date));
    }

    static Bson departed(LocalDate date) {
        return Updates.set("departureDate", DocValues.date(date));
    }

    static Bson erased(String personId) {
        return Updates.addToSet("erasedPersonIds", personId);
    }

    static Bson jobs(JobsRegistered e, ViewEvent event) {
        return Updates.push(
                "jobs",
                new Document()
                        .append("change", e.change().name())
                        .append("count", e.count())
                        .append("category", e.category())
                        .append("effectiveDate", DocValues.date(e.effectiveDate()))
                        .append("position", event.position()));
    }

    /** The tenants' indexes: by name, by enterprise number. */
    static List<IndexModel> indexes() {
        return List.of(
                new IndexModel(Indexes.ascending("name")),
                new IndexModel(Indexes.ascending("enterpriseNumber")));
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
        return text == null
                ? null
                : new Document("subjectId", text.subjectId())
                        .append("ciphertext", text.ciphertext());
    }

    public static TenantDocument decode(Document tenant) {
        Document contact = DocValues.document(tenant, "contact");
        TenantDocument.SealedContact sealedContact =
                contact == null
                        ? null
                        : new TenantDocument.SealedContact(
                                contact.getString("personId"),
                                sealed(DocValues.document(contact, "name")),
                                sealed(DocValues.document(contact, "email")));
        List<TenantDocument.Job> jobs =
                DocValues.documents(tenant, "jobs").stream()
                        .map(
                                j ->
                                        new TenantDocument.Job(
                                                j.getString("change"),
                                                DocValues.longValue(j, "count"),
                                                j.getString("category"),
                                                DocValues.date(j, "effectiveDate"),
                                                DocValues.longValue(j, "position")))
                        .toList();
        Object registeredAt = tenant.get("registeredAt");
        return new TenantDocument(
                tenant.getString("_id"),
                tenant.getString(TENANT_ID),
                tenant.getString("name"),
                tenant.getString("enterpriseNumber"),
                tenant.getString("profile"),
                tenant.getString("sector"),
                sealedContact,
                registeredAt instanceof Date date ? date : null,
                DocValues.date(tenant, "arrivalDate"),
                DocValues.date(tenant, "departureDate"),
                tenant.getList("erasedPersonIds", String.class, List.of()),
                jobs,
                DocValues.longValue(tenant, "version"),
                DocValues.longValue(tenant, "position"));
    }

    private static SealedText sealed(Document sealed) {
        return sealed == null
                ? null
                : new SealedText(sealed.getString("subjectId"), sealed.getString("ciphertext"));
    }
}
