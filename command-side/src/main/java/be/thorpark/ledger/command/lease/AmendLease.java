package be.thorpark.ledger.command.lease;

import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.LeaseId;
import be.thorpark.ledger.events.Money;
import java.time.LocalDate;

/** New terms from {@code effectiveDate}; a null field keeps its current value. */
public record AmendLease(
        LeaseId leaseId,
        LocalDate effectiveDate,
        AreaM2 area,
        Money monthlyRent,
        LocalDate endDate,
        Long expectedVersion) {}
