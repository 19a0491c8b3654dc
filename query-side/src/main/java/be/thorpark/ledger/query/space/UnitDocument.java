package be.thorpark.ledger.query.space;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One unit as the units and occupancy view keeps it; {@link UnitCodec} maps it to and from the
 * stored document.
 *
 * @param unitId null until the unit's registration has reached the view
 * @param type the unit type's name
 * @param leaseIds every lease that ever held space in the unit, so its leases are read by exact
 *     keys
 */
public record UnitDocument(
        String id,
        String unitId,
        String building,
        String code,
        String type,
        BigDecimal area,
        LocalDate availableFrom,
        Instant registeredAt,
        List<String> leaseIds,
        long version,
        long position) {

    public UnitDocument {
        leaseIds = List.copyOf(leaseIds);
    }

    boolean registered() {
        return unitId != null;
    }

    public BigDecimal areaOrZero() {
        return area == null ? BigDecimal.ZERO.setScale(2) : area;
    }

    public boolean availableOn(LocalDate date) {
        return availableFrom == null || !date.isBefore(availableFrom);
    }
}
