package be.thorpark.ledger.query.indicators;

import be.thorpark.ledger.events.jobs.JobsRegistered;
import be.thorpark.ledger.events.space.UnitRegistered;
import be.thorpark.ledger.events.tenant.TenantRegistered;
import be.thorpark.ledger.query.view.DocValues;
import be.thorpark.ledger.query.view.ViewEvent;
import com.mongodb.client.model.Updates;
import java.math.BigDecimal;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The one place the indicators view's documents meet BSON (the leases excepted: they are {@link
 * be.thorpark.ledger.query.lease.LeaseCodec}'s): the update of each event, the campus index's
 * lists, and the decoding of a stored tenant, unit, job registrations and the index.
 */
final class IndicatorsCodec {

    private static final String REGISTERED_POSITION = "registeredPosition";

    private IndicatorsCodec() {}

    static Bson tenant(TenantRegistered e, ViewEvent event) {
        return Updates.combine(
                Updates.set("tenantId", e.tenantId().value()),
                Updates.set("name", e.name()),
                // Registrations over REST always name one; events of other origins may not, and
                // must not stop the view.
                Updates.set(
                        "enterpriseNumber",
                        e.enterpriseNumber() == null ? null : e.enterpriseNumber().formatted()),
                Updates.set("profile", e.profile().name()),
                Updates.set(REGISTERED_POSITION, event.position()));
    }

    static Bson unit(UnitRegistered e, ViewEvent event) {
        return Updates.combine(
                Updates.set("unitId", e.unitId().value()),
                Updates.set("area", DocValues.decimal(e.area())),
                Updates.set("availableFrom", DocValues.date(e.availableFrom())),
                Updates.set(REGISTERED_POSITION, event.position()));
    }

    static Bson jobs(JobsRegistered e, ViewEvent event) {
        return Updates.combine(
                Updates.set("tenantId", e.tenantId().value()),
                Updates.push(
                        "registrations",
                        new Document("change", e.change().name())
                                .append("count", e.count())
                                .append("fte", e.fte() == null ? null : e.fte().toString())
                                .append("effectiveDate", DocValues.date(e.effectiveDate()))
                                .append("position", event.position())));
    }

    /** Each lease keeps the positions of the events it comes from. */
    static Bson lineage(ViewEvent event) {
        return Updates.addToSet("positions", event.position());
    }

    static IndicatorTenantDocument tenant(Document d) {
        return new IndicatorTenantDocument(
                d.getString("_id"),
                d.getString("tenantId"),
                d.getString("name"),
                d.getString("enterpriseNumber"),
                d.getString("profile"),
                DocValues.longValue(d, REGISTERED_POSITION));
    }

    static IndicatorUnitDocument unit(Document d) {
        return new IndicatorUnitDocument(
                d.getString("_id"),
                d.getString("unitId"),
                DocValues.decimal(d, "area"),
                DocValues.date(d, "availableFrom"),
                DocValues.longValue(d, REGISTERED_POSITION));
    }

    static IndicatorJobsDocument jobs(Document d) {
        return new IndicatorJobsDocument(
                d.getString("_id"),
                d.getString("tenantId"),
                DocValues.documents(d, "registrations").stream()
                        .map(
                                r ->
                                        new IndicatorJobsDocument.Registration(
                                                r.getString("change"),
                                                r.getInteger("count"),
                                                r.getString("fte") == null
                                                        ? null
                                                        : new BigDecimal(r.getString("fte")),
                                                DocValues.date(r, "effectiveDate"),
                                                DocValues.longValue(r, "position")))
                        .toList());
    }
}
