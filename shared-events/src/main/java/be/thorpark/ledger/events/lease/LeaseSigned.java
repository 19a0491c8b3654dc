package be.thorpark.ledger.events.lease;

import be.thorpark.ledger.events.*;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A tenant signed a lease for part of a unit, from {@code startDate} to {@code endDate} (both
 * included).
 */
@Revision("1")
public record LeaseSigned(
        LeaseId leaseId,
        TenantId tenantId,
        UnitId unitId,
        AreaM2 area,
        LocalDate startDate,
        LocalDate endDate,
        Money monthlyRent) {}
