package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.date;
import static be.thorpark.ledger.query.odata.FeedProperty.decimal;
import static be.thorpark.ledger.query.odata.FeedProperty.instant;
import static be.thorpark.ledger.query.odata.FeedProperty.int64;
import static be.thorpark.ledger.query.odata.FeedProperty.text;

import be.thorpark.ledger.query.funding.FundingProjection;
import be.thorpark.ledger.query.view.DocValues;
import com.mongodb.client.model.Filters;
import java.util.List;
import java.util.Map;
import org.bson.Document;

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
                Filters.exists("amount"),
                docs -> docs.stream().map(DisbursementsFeed::entity).toList());
    }

    private static Map<String, Object> entity(Document d) {
        return FeedValues.entity(
                "Id", d.getString("_id"),
                "ProgrammeId", d.getString("programmeId"),
                "DisbursementId", d.getString("disbursementId"),
                "Source", d.getString("source"),
                "Amount", DocValues.decimal(d, "amount"),
                "ReportId", d.getString("reportId"),
                "PeriodFrom", DocValues.date(d, "periodFrom"),
                "PeriodTo", DocValues.date(d, "periodTo"),
                "Status", d.get("paidOn") != null ? "PAID" : "REQUESTED",
                "RequestedAt", FeedValues.instant(d, "requestedAt"),
                "PaidOn", DocValues.date(d, "paidOn"),
                "PaidAmount", DocValues.decimal(d, "paidAmount"),
                "PaidAt", FeedValues.instant(d, "paidAt"),
                "Position", DocValues.longValue(d, "position"));
    }
}
