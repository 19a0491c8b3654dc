package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.date;
import static be.thorpark.ledger.query.odata.FeedProperty.decimal;
import static be.thorpark.ledger.query.odata.FeedProperty.instant;
import static be.thorpark.ledger.query.odata.FeedProperty.int64;
import static be.thorpark.ledger.query.odata.FeedProperty.text;

import be.thorpark.ledger.query.funding.DisbursementDocument;
import be.thorpark.ledger.query.funding.FundingCodec;
import be.thorpark.ledger.query.funding.FundingProjection;
import java.util.List;
import java.util.Map;

/**
 * Disbursements, requested and paid, as {@code GET /api/funding-programmes/{id}/disbursements}; the
 * key is {@code <programmeId>/<disbursementId>}.
 */
final class DisbursementsFeed implements FeedSet {

    @Override
    public String name() {
        return "Disbursements";
    }

    @Override
    public String typeName() {
        return "Disbursement";
    }

    @Override
    public List<FeedProperty> properties() {
        return List.of(
                text("Id"),
                text("ProgrammeId"),
                text("DisbursementId"),
                text("Source"),
                decimal("Amount"),
                text("ReportId"),
                date("PeriodFrom"),
                date("PeriodTo"),
                text("Status"),
                instant("RequestedAt"),
                date("PaidOn"),
                decimal("PaidAmount"),
                instant("PaidAt"),
                int64("Position"));
    }

    @Override
    public String key() {
        return "Id";
    }

    @Override
    public String view() {
        return FundingProjection.NAME;
    }

    @Override
    public RowSource rows(FeedContext context) {
        return DocumentRows.single(
                context.source().collection(FundingProjection.DISBURSEMENTS),
                FundingCodec.REQUESTED,
                docs ->
                        docs.stream()
                                .map(FundingCodec::disbursement)
                                .map(DisbursementsFeed::entity)
                                .toList());
    }

    private static Map<String, Object> entity(DisbursementDocument d) {
        return FeedValues.entity(
                "Id", d.id(),
                "ProgrammeId", d.programmeId(),
                "DisbursementId", d.disbursementId(),
                "Source", d.source(),
                "Amount", d.amount(),
                "ReportId", d.reportId(),
                "PeriodFrom", d.periodFrom(),
                "PeriodTo", d.periodTo(),
                "Status", d.paid() ? "PAID" : "REQUESTED",
                "RequestedAt", d.requestedAt(),
                "PaidOn", d.paidOn(),
                "PaidAmount", d.paidAmount(),
                "PaidAt", d.paidAt(),
                "Position", d.position());
    }
}
