package be.thorpark.ledger.query.indicators;

import be.thorpark.ledger.events.jobs.JobsRegistered;
import be.thorpark.ledger.events.lease.LeaseAmended;
import be.thorpark.ledger.events.lease.LeaseSigned;
import be.thorpark.ledger.events.lease.LeaseTerminated;
import be.thorpark.ledger.events.space.UnitRegistered;
import be.thorpark.ledger.events.tenant.TenantRegistered;
import be.thorpark.ledger.query.lease.LeaseTimeline;
import be.thorpark.ledger.query.view.DocValues;
import be.thorpark.ledger.query.view.Projection;
import be.thorpark.ledger.query.view.ViewEvent;
import be.thorpark.ledger.query.view.ViewWriter;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.List;

/**
 * The facts the ERDF monitoring indicators are computed from, as of any business date: tenants by enterprise number
 * and profile, leases with their timeline (the same {@link LeaseTimeline} as the lease register, so "in force" means
 * one thing), units with their area and availability, and job registrations. {@value #CAMPUS} lists the ids of all of
 * them, so an answer reads every document by exact key. Each fact keeps the positions of the events it comes from:
 * the lineage of every figure.
 */
public class IndicatorsProjection implements Projection {

    public static final String NAME = "indicators";
    public static final String CAMPUS = "indicators_campus";
    public static final String TENANTS = "indicators_tenants";
    public static final String LEASES = "indicators_leases";
    public static final String UNITS = "indicators_units";
    public static final String JOBS = "indicators_jobs";
    static final String CAMPUS_ID = "campus";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> collections() {
        return List.of(CAMPUS, TENANTS, LEASES, UNITS, JOBS);
    }

    @Override
    public void apply(ViewEvent event, ViewWriter writer) {
        Object payload = event.payload();
        if (payload instanceof TenantRegistered e) {
            writer.apply(TENANTS, e.tenantId().value(), event, Updates.combine(
                    Updates.set("tenantId", e.tenantId().value()),
                    Updates.set("name", e.name()),
                    Updates.set("enterpriseNumber", e.enterpriseNumber().formatted()),
                    Updates.set("profile", e.profile().name()),
                    Updates.set("registeredPosition", event.position())));
            listed(writer, event, "tenantIds", e.tenantId().value());
        } else if (payload instanceof UnitRegistered e) {
            writer.apply(UNITS, e.unitId().value(), event, Updates.combine(
                    Updates.set("unitId", e.unitId().value()),
                    Updates.set("area", DocValues.decimal(e.area())),
                    Updates.set("availableFrom", DocValues.date(e.availableFrom())),
                    Updates.set("registeredPosition", event.position())));
            listed(writer, event, "unitIds", e.unitId().value());
        } else if (payload instanceof LeaseSigned e) {
            writer.apply(LEASES, e.leaseId().value(), event, withPosition(LeaseTimeline.signed(e, event), event));
            listed(writer, event, "leaseIds", e.leaseId().value());
        } else if (payload instanceof LeaseAmended e) {
            writer.apply(LEASES, e.leaseId().value(), event, withPosition(LeaseTimeline.amended(e, event), event));
        } else if (payload instanceof LeaseTerminated e) {
            writer.apply(LEASES, e.leaseId().value(), event,
                    withPosition(LeaseTimeline.terminated(e, event), event));
        } else if (payload instanceof JobsRegistered e) {
            writer.apply(JOBS, e.tenantId().value(), event, Updates.combine(
                    Updates.set("tenantId", e.tenantId().value()),
                    Updates.push("registrations", new Document("change", e.change().name())
                            .append("count", e.count())
                            .append("fte", e.fte() == null ? null : e.fte().toString())
                            .append("effectiveDate", DocValues.date(e.effectiveDate()))
                            .append("position", event.position()))));
            listed(writer, event, "jobTenantIds", e.tenantId().value());
        }
    }

    private static Bson withPosition(Bson update, ViewEvent event) {
        return Updates.combine(update, Updates.addToSet("positions", event.position()));
    }

    /**
     * Adds an id to the campus index. The index document is written by events of many entities, so each write is
     * idempotent by itself ({@code $addToSet}) rather than by the per-entity applied position.
     */
    private static void listed(ViewWriter writer, ViewEvent event, String field, String id) {
        writer.apply(CAMPUS, CAMPUS_ID, event, Updates.addToSet(field, id));
    }
}
