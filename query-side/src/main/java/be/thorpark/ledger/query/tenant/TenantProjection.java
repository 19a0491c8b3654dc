package be.thorpark.ledger.query.tenant;

import be.thorpark.ledger.events.jobs.JobsRegistered;
import be.thorpark.ledger.events.tenant.PersonalDataErased;
import be.thorpark.ledger.events.tenant.TenantArrived;
import be.thorpark.ledger.events.tenant.TenantDeparted;
import be.thorpark.ledger.events.tenant.TenantRegistered;
import be.thorpark.ledger.query.lease.LeaseCodec;
import be.thorpark.ledger.query.lease.LeaseTimeline;
import be.thorpark.ledger.query.view.DeclaredProjection;
import be.thorpark.ledger.query.view.ViewTarget;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Updates;
import java.util.List;
import java.util.Map;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The tenant directory: {@code tenants} (one document per tenant: profile, contact as sealed text,
 * arrival and departure dates, erased persons, job registrations) and {@code tenant_leases} (one
 * document per lease, its terms over time, to find a tenant's leases on any date).
 */
@Component
public class TenantProjection extends DeclaredProjection {

    public static final String NAME = "tenants";
    public static final String TENANTS = "tenants";
    public static final String TENANT_LEASES = "tenant_leases";

    public TenantProjection() {
        on(
                TenantRegistered.class,
                (e, t) -> tenant(t, e.tenantId().value(), TenantCodec.registered(e, t.event())));
        on(
                TenantArrived.class,
                (e, t) -> tenant(t, e.tenantId().value(), TenantCodec.arrived(e.date())));
        on(
                TenantDeparted.class,
                (e, t) -> tenant(t, e.tenantId().value(), TenantCodec.departed(e.date())));
        on(
                PersonalDataErased.class,
                (e, t) -> tenant(t, e.tenantId().value(), TenantCodec.erased(e.personId())));
        on(
                JobsRegistered.class,
                (e, t) -> tenant(t, e.tenantId().value(), TenantCodec.jobs(e, t.event())));
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

    @Override
    public Map<String, List<IndexModel>> indexes() {
        return Map.of(TENANTS, TenantCodec.indexes(), TENANT_LEASES, LeaseCodec.tenantIndexes());
    }

    /**
     * A change of the tenant's document; an event of the tenant itself also moves its version
     * ({@code ETag}).
     */
    private static void tenant(ViewTarget target, String tenantId, Bson update) {
        Bson full =
                tenantId.equals(target.event().aggregateId())
                        ? Updates.combine(
                                update, Updates.max("version", target.event().sequence() + 1))
                        : update;
        target.apply(TENANTS, tenantId, full);
    }
}
