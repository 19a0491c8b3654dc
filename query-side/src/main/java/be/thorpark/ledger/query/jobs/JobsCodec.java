package be.thorpark.ledger.query.jobs;

import be.thorpark.ledger.events.jobs.JobsRegistered;
import be.thorpark.ledger.events.tenant.TenantRegistered;
import be.thorpark.ledger.query.view.DocValues;
import be.thorpark.ledger.query.view.ViewEvent;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The one place a {@link JobsDocument} meets BSON: the update of each event and the decoding of a
 * stored document. The field names are part of what the OData feed reads.
 */
public final class JobsCodec {

    private static final String REGISTRATIONS = "registrations";
    private static final String EFFECTIVE_DATE = "effectiveDate";

    private JobsCodec() {}

    static Bson tenant(TenantRegistered e) {
        return Updates.combine(
                Updates.set("tenantId", e.tenantId().value()), Updates.set("tenantName", e.name()));
    }

    static Bson registered(JobsRegistered e, ViewEvent event) {
        return Updates.combine(
                Updates.set("tenantId", e.tenantId().value()),
                Updates.push(
                        REGISTRATIONS,
                        new Document()
                                .append("change", e.change().name())
                                .append("count", e.count())
                                .append("category", e.category())
                                .append(EFFECTIVE_DATE, DocValues.date(e.effectiveDate()))
                                .append("position", event.position())
                                .append("recordedAt", event.recordedAt())));
    }

    static List<IndexModel> indexes() {
        return List.of(new IndexModel(Indexes.ascending(REGISTRATIONS + "." + EFFECTIVE_DATE)));
    }

    public static JobsDocument decode(Document d) {
        return new JobsDocument(
                d.getString("_id"),
                d.getString("tenantId"),
                d.getString("tenantName"),
                DocValues.documents(d, REGISTRATIONS).stream()
                        .map(
                                r ->
                                        new JobsDocument.Registration(
                                                r.getString("change"),
                                                DocValues.longValue(r, "count"),
                                                r.getString("category"),
                                                DocValues.date(r, EFFECTIVE_DATE),
                                                DocValues.longValue(r, "position"),
                                                r.get("recordedAt") instanceof Date date
                                                        ? date.toInstant()
                                                        : (Instant) null))
                        .toList());
    }
}
