package be.thorpark.ledger.command.space;

import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.LeaseId;
import java.time.LocalDate;

/**
 * From {@code effectiveDate}, the lease holds {@code area} until {@code to}, as its amendment
 * effective then says.
 */
public record ReallocateSpace(
        LeaseId leaseId, LocalDate effectiveDate, AreaM2 area, LocalDate to) {}
