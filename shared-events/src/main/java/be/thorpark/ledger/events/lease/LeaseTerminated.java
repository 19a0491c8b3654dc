package be.thorpark.ledger.events.lease;

import be.thorpark.ledger.events.*;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The lease ends early; {@code lastDay} is its last day. */
@Revision("1")
public record LeaseTerminated(LeaseId leaseId, UnitId unitId, LocalDate lastDay) {}
