package be.thorpark.ledger.query.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A tenant's job registrations as the jobs indicators count them; {@link IndicatorsCodec} maps it
 * to and from the stored document.
 */
record IndicatorJobsDocument(String id, String tenantId, List<Registration> registrations) {

    /**
     * One registration.
     *
     * @param fte null when the registration named none
     */
    record Registration(
            String change, int count, BigDecimal fte, LocalDate effectiveDate, long position) {

        boolean ended() {
            return "ENDED".equals(change);
        }

        /** The FTE it counts: one per job when it named none. */
        BigDecimal fteOrCount() {
            return fte == null ? BigDecimal.valueOf(count) : fte;
        }
    }

    IndicatorJobsDocument {
        registrations = List.copyOf(registrations);
    }
}
