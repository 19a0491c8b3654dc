package be.thorpark.ledger.command.tenant;

import be.thorpark.ledger.events.EnterpriseNumber;
import be.thorpark.ledger.events.TenantId;
import be.thorpark.ledger.events.tenant.ContactPerson;
import be.thorpark.ledger.events.tenant.TenantProfile;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterTenant(
        @TargetAggregateIdentifier TenantId tenantId,
        String name,
        EnterpriseNumber enterpriseNumber,
        TenantProfile profile,
        String sector,
        ContactPerson contact) {}
