package be.thorpark.ledger.events.space;

import be.thorpark.ledger.events.*;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A lease gives its area of the unit back after its last day, {@code lastDay}. */
@Revision("1")
public record UnitSpaceReleased(UnitId unitId, LeaseId leaseId, LocalDate lastDay) {}
