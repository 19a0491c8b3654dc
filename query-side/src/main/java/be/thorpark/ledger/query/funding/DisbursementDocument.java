package be.thorpark.ledger.query.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One disbursement, requested and paid once paid, as the funding view keeps it; {@link
 * FundingCodec} maps it to and from the stored document.
 *
 * @param amount the requested amount; null until the request has reached the view
 */
public record DisbursementDocument(
        String id,
        String programmeId,
        String disbursementId,
        String source,
        BigDecimal amount,
        String reportId,
        LocalDate periodFrom,
        LocalDate periodTo,
        Instant requestedAt,
        BigDecimal paidAmount,
        LocalDate paidOn,
        Instant paidAt,
        long position) {

    public boolean paid() {
        return paidOn != null;
    }
}
