package be.thorpark.ledger.command.lease;

import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.LeaseId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.TenantId;
import be.thorpark.ledger.events.UnitId;
import java.time.LocalDate;

public record SignLease(
        LeaseId leaseId,
        TenantId tenantId,
        UnitId unitId,
        AreaM2 area,
        LocalDate startDate,
        LocalDate endDate,
        Money monthlyRent) {}
