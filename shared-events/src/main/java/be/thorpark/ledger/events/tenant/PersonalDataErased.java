package be.thorpark.ledger.events.tenant;

import be.thorpark.ledger.events.*;
import org.axonframework.serialization.Revision;

/**
 * A person's key was destroyed on request: the sealed data of {@code personId} can no longer be
 * read anywhere.
 */
@Revision("1")
public record PersonalDataErased(TenantId tenantId, String personId) {}
