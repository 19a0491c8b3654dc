package be.thorpark.ledger.command.space;

import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.LeaseId;
import java.time.LocalDate;

/** A new lease asks the unit for {@code area} from {@code from} up to and including {@code to}. */
public record AllocateSpace(LeaseId leaseId, AreaM2 area, LocalDate from, LocalDate to) {}
