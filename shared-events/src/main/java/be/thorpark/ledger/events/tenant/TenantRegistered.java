package be.thorpark.ledger.events.tenant;

import be.thorpark.ledger.events.*;
import org.axonframework.serialization.Revision;

/** A company was registered as a (future) tenant of the campus. */
@Revision("1")
public record TenantRegistered(
        TenantId tenantId,
        String name,
        EnterpriseNumber enterpriseNumber,
        TenantProfile profile,
        String sector,
        ContactPerson contact) {}
