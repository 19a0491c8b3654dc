package be.thorpark.ledger.command.lease;

import be.thorpark.ledger.events.LeaseId;
import java.time.LocalDate;

/** Ends a lease early; {@code lastDay} is its last day. */
public record TerminateLease(LeaseId leaseId, LocalDate lastDay, Long expectedVersion) {}
