package be.thorpark.ledger.query.indicators;

import be.thorpark.ledger.events.jobs.JobsRegistered;
import be.thorpark.ledger.events.lease.LeaseSigned;
import be.thorpark.ledger.events.space.UnitRegistered;
import be.thorpark.ledger.events.tenant.TenantRegistered;
import be.thorpark.ledger.query.lease.LeaseTimeline;
import be.thorpark.ledger.query.view.DeclaredProjection;
import be.thorpark.ledger.query.view.ViewTarget;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The facts the ERDF monitoring indicators are computed from, as of any business date: tenants by
 * enterprise number and profile, leases with their timeline (the same {@link LeaseTimeline} as the
 * lease register, so "in force" means one thing), units with their area and availability, and job
 * registrations. {@value #CAMPUS} lists the ids of all of them, so an answer reads every document
 * by exact key. Each fact keeps the positions of the events it comes from: the lineage of every
 * figure.
 */
@Component
public class IndicatorsProjection extends DeclaredProjection {

    public static final String NAME = "indicators";
    public static final String CAMPUS = "indicators_campus";
    public static final String TENANTS = "indicators_tenants";
    public static final String LEASES = "indicators_leases";
    public static final String UNITS = "indicators_units";
    public static final String JOBS = "indicators_jobs";
    static final String CAMPUS_ID = "campus";

    public IndicatorsProjection() {
        on(
                TenantRegistered.class,
                (e, t) -> {
                    t.apply(TENANTS, e.tenantId().value(), IndicatorsCodec.tenant(e, t.event()));
                    listed(t, IndicatorsCodec.TENANT_IDS, e.tenantId().value());
                });
        on(
                UnitRegistered.class,
                (e, t) -> {
                    t.apply(UNITS, e.unitId().value(), IndicatorsCodec.unit(e, t.event()));
                    listed(t, IndicatorsCodec.UNIT_IDS, e.unitId().value());
                });
        include(LeaseTimeline.keptIn(LEASES, IndicatorsCodec::lineage));
        on(LeaseSigned.class, (e, t) -> listed(t, IndicatorsCodec.LEASE_IDS, e.leaseId().value()));
        on(
                JobsRegistered.class,
                (e, t) -> {
                    t.apply(JOBS, e.tenantId().value(), IndicatorsCodec.jobs(e, t.event()));
                    listed(t, IndicatorsCodec.JOB_TENANT_IDS, e.tenantId().value());
                });
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> collections() {
        return List.of(CAMPUS, TENANTS, LEASES, UNITS, JOBS);
    }

    /**
     * Adds an id to the campus index. The index document is written by events of many entities, so
     * each write is idempotent by itself ({@code $addToSet}) rather than by the per-entity applied
     * position.
     */
    private static void listed(ViewTarget target, String field, String id) {
        target.apply(CAMPUS, CAMPUS_ID, IndicatorsCodec.listed(field, id));
    }
}
