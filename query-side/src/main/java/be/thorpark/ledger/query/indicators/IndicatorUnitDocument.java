package be.thorpark.ledger.query.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A unit as the floor-area indicator counts it; {@link IndicatorsCodec} maps it to and from the
 * stored document.
 */
record IndicatorUnitDocument(
        String id,
        String unitId,
        BigDecimal area,
        LocalDate availableFrom,
        long registeredPosition) {

    /** Delivered on {@code date}: available from a date on or before it. */
    boolean deliveredOn(LocalDate date) {
        return availableFrom != null && !availableFrom.isAfter(date);
    }
}
