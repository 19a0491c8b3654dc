package be.thorpark.ledger.command.space;

import be.thorpark.ledger.events.LeaseId;
import java.time.LocalDate;

/** The lease gives its space back after {@code lastDay}. */
public record ReleaseSpace(LeaseId leaseId, LocalDate lastDay) {}
