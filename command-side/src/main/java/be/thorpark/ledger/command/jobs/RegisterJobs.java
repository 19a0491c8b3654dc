package be.thorpark.ledger.command.jobs;

import be.thorpark.ledger.events.Fte;
import be.thorpark.ledger.events.TenantId;
import be.thorpark.ledger.events.jobs.JobChange;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Jobs a tenant created or ended; handled by the tenant, which owns its job count. */
public record RegisterJobs(
        @TargetAggregateIdentifier TenantId tenantId,
        JobChange change,
        int count,
        String category,
        LocalDate effectiveDate,
        Fte fte,
        @TargetAggregateVersion Long expectedVersion) {

    public RegisterJobs(
            TenantId tenantId,
            JobChange change,
            int count,
            String category,
            LocalDate effectiveDate,
            Long expectedVersion) {
        this(tenantId, change, count, category, effectiveDate, null, expectedVersion);
    }
}
