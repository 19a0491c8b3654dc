package be.thorpark.ledger.command.space;

import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.UnitId;
import be.thorpark.ledger.events.space.UnitType;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterUnit(
        @TargetAggregateIdentifier UnitId unitId,
        String building,
        String code,
        UnitType type,
        AreaM2 area,
        LocalDate availableFrom) {}
