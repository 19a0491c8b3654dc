package be.thorpark.ledger.events.lease;

import be.thorpark.ledger.events.*;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * From {@code effectiveDate} the lease runs on these terms (area, monthly rent and end date, all
 * stated).
 */
@Revision("1")
public record LeaseAmended(
        LeaseId leaseId,
        int amendmentNumber,
        LocalDate effectiveDate,
        AreaM2 area,
        Money monthlyRent,
        LocalDate endDate) {}
