package be.thorpark.ledger.events.space;

import be.thorpark.ledger.events.*;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A rentable unit was added to the campus; it can be leased from {@code availableFrom}. */
@Revision("1")
public record UnitRegistered(
        UnitId unitId,
        String building,
        String code,
        UnitType type,
        AreaM2 area,
        LocalDate availableFrom) {}
