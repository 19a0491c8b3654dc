package be.thorpark.ledger.query.indicators;

import be.thorpark.ledger.events.jobs.JobsRegistered;
import be.thorpark.ledger.events.space.UnitRegistered;
import be.thorpark.ledger.events.tenant.TenantRegistered;
import be.thorpark.ledger.query.lease.LeaseTimeline;
import be.thorpark.ledger.query.view.DeclaredProjection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The facts the ERDF monitoring indicators are computed from, as of any business date: tenants by
 * enterprise number and profile, leases with their timeline (the same {@link LeaseTimeline} as the
 * lease register, so "in force" means one thing), units with their area and availability, and job
 * registrations, one document each. An answer reads each of the four collections whole. Each fact
 * keeps the positions of the events it comes from: the lineage of every figure.
 *
 * <p>There is no campus-wide index document: one document listing every id would be rewritten whole
 * by every registration, a cost that grows with the history (and a document outgrows the store's
 * size limit long before a million events).
 */
@Component
public class IndicatorsProjection extends DeclaredProjection {

    public static final String NAME = "indicators";
    public static final String TENANTS = "indicators_tenants";
    public static final String LEASES = "indicators_leases";
    public static final String UNITS = "indicators_units";
    public static final String JOBS = "indicators_jobs";

    public IndicatorsProjection() {
        on(
                TenantRegistered.class,
                (e, t) ->
                        t.apply(
                                TENANTS,
                                e.tenantId().value(),
                                IndicatorsCodec.tenant(e, t.event())));
        on(
                UnitRegistered.class,
                (e, t) -> t.apply(UNITS, e.unitId().value(), IndicatorsCodec.unit(e, t.event())));
        include(LeaseTimeline.keptIn(LEASES, IndicatorsCodec::lineage));
        on(
                JobsRegistered.class,
                (e, t) -> t.apply(JOBS, e.tenantId().value(), IndicatorsCodec.jobs(e, t.event())));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> collections() {
        return List.of(TENANTS, LEASES, UNITS, JOBS);
    }
}
