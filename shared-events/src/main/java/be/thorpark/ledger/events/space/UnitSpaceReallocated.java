package be.thorpark.ledger.events.space;

import be.thorpark.ledger.events.*;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * From {@code effectiveDate}, a lease holds a different area of the unit, or until a different end
 * date.
 */
@Revision("1")
public record UnitSpaceReallocated(
        UnitId unitId, LeaseId leaseId, LocalDate effectiveDate, AreaM2 area, LocalDate to) {}
