package be.thorpark.ledger.query.claims;

import java.time.LocalDate;
import java.util.List;

/**
 * One declared expenditure line with its review, as the claims view keeps it; {@link ClaimsCodec}
 * maps it to and from the stored document.
 *
 * @param acceptedEligibleCents null until the line is reviewed (and again once its report is
 *     resubmitted)
 */
record ClaimsLineDocument(
        String id,
        String programmeId,
        String reportId,
        String lineId,
        String supplierName,
        String supplierVat,
        String invoiceNumber,
        LocalDate invoiceDate,
        LocalDate paymentDate,
        String description,
        String category,
        long amountExclVatCents,
        long declaredEligibleCents,
        List<Evidence> evidence,
        String status,
        Long acceptedEligibleCents,
        String reviewRemarks,
        Long declaredPosition,
        Long reviewPosition,
        Long withdrawnPosition) {

    record Evidence(String sha256, String fileName, String mediaType, long sizeBytes) {}

    ClaimsLineDocument {
        evidence = List.copyOf(evidence);
    }
}
