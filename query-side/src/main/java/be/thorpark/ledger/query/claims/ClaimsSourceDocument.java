package be.thorpark.ledger.query.claims;

import java.time.LocalDate;
import java.util.List;

/**
 * One source of a programme as the claims view keeps it: its commitment and rate, and every request
 * and payment with its position; {@link ClaimsCodec} maps it to and from the stored document.
 *
 * @param rate the co-financing rate as text, null for a source without one
 */
record ClaimsSourceDocument(
        String id,
        String programmeId,
        String code,
        String name,
        long committedCents,
        String rate,
        long requestedCents,
        long paidCents,
        List<Request> requests,
        List<Payment> payments) {

    record Request(
            String disbursementId,
            long amountCents,
            String reportId,
            LocalDate requestedOn,
            long position) {}

    record Payment(String disbursementId, long amountCents, LocalDate paidOn, long position) {}

    ClaimsSourceDocument {
        requests = List.copyOf(requests);
        payments = List.copyOf(payments);
    }
}
