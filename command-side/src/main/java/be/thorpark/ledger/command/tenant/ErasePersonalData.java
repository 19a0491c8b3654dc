package be.thorpark.ledger.command.tenant;

import be.thorpark.ledger.events.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

record ErasePersonalData(
        @TargetAggregateIdentifier TenantId tenantId,
        @TargetAggregateVersion Long expectedVersion) {}
