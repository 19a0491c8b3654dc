package be.thorpark.ledger.events.tenant;

import be.thorpark.ledger.events.*;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The tenant moved onto the campus on {@code date}. */
@Revision("1")
public record TenantArrived(TenantId tenantId, LocalDate date) {}
