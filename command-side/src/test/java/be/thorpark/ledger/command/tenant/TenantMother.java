package be.thorpark.ledger.command.tenant;

import be.thorpark.ledger.events.TenantId;
import be.thorpark.ledger.events.tenant.TenantRegistered;
import java.time.LocalDate;

/** Commands of the tenant, for tests outside its package that need registered tenants. */
public final class TenantMother {

    private TenantMother() {}

    /** The command that registers the tenant this event describes. */
    public static Object register(TenantRegistered tenant) {
        return new RegisterTenant(
                tenant.tenantId(),
                tenant.name(),
                tenant.enterpriseNumber(),
                tenant.profile(),
                tenant.sector(),
                tenant.contact());
    }

    public static Object arrival(TenantId tenant, LocalDate date) {
        return new RecordArrival(tenant, date, null);
    }

    public static Object departure(TenantId tenant, LocalDate date) {
        return new RecordDeparture(tenant, date, null);
    }
}
