package be.thorpark.ledger.events.tenant;

import be.thorpark.ledger.events.*;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The tenant left the campus; {@code date} is its last day there. */
@Revision("1")
public record TenantDeparted(TenantId tenantId, LocalDate date) {}
