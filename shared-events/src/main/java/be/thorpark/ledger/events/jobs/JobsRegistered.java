package be.thorpark.ledger.events.jobs;

import be.thorpark.ledger.events.*;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A tenant registered jobs created or ended on {@code effectiveDate}; corrections are further registrations. */
@Revision("1")
public record JobsRegistered(TenantId tenantId, JobChange change, int count, String category, LocalDate effectiveDate) {
}
