package be.thorpark.ledger.command.tenant;

import be.thorpark.ledger.events.TenantId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RecordArrival(
        @TargetAggregateIdentifier TenantId tenantId,
        LocalDate date,
        @TargetAggregateVersion Long expectedVersion) {}
