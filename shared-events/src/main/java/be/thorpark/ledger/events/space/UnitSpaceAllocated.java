package be.thorpark.ledger.events.space;

import be.thorpark.ledger.events.*;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Part of a unit's area was set aside for a lease over a period of business dates. */
@Revision("1")
public record UnitSpaceAllocated(
        UnitId unitId, LeaseId leaseId, AreaM2 area, LocalDate from, LocalDate to) {}
