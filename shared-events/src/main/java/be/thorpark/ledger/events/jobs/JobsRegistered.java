package be.thorpark.ledger.events.jobs;

import be.thorpark.ledger.events.Fte;
import be.thorpark.ledger.events.TenantId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A tenant registered jobs created or ended on {@code effectiveDate}, optionally with the full-time
 * equivalents they amount to; corrections are further registrations. Revision 1 had no {@code fte}:
 * such jobs count one FTE each.
 */
@Revision("2")
public record JobsRegistered(
        TenantId tenantId,
        JobChange change,
        int count,
        String category,
        LocalDate effectiveDate,
        Fte fte) {

    public JobsRegistered(
            TenantId tenantId,
            JobChange change,
            int count,
            String category,
            LocalDate effectiveDate) {
        this(tenantId, change, count, category, effectiveDate, null);
    }
}
