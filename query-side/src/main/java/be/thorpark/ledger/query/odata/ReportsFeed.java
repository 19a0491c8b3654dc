package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.date;
import static be.thorpark.ledger.query.odata.FeedProperty.instant;
import static be.thorpark.ledger.query.odata.FeedProperty.int32;
import static be.thorpark.ledger.query.odata.FeedProperty.int64;
import static be.thorpark.ledger.query.odata.FeedProperty.text;

import be.thorpark.ledger.query.funding.FundingProjection;
import be.thorpark.ledger.query.view.DocValues;
import com.mongodb.client.model.Filters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Progress reports with their status (the last step of their review), as {@code GET
 * /api/funding-programmes/{id}/reports}. A report id is unique within its programme, so the key is
 * {@code <programmeId>/<reportId>}.
 */
final class ReportsFeed implements FeedSet {

    @Override
    public String name() {
        return "Reports";
    }

    @Override
    public String typeName() {
        return "Report";
    }

    @Override
    public List<FeedProperty> properties() {
        return List.of(
                text("Id"),
                text("ProgrammeId"),
                text("ReportId"),
                text("Kind"),
                date("PeriodFrom"),
                date("PeriodTo"),
                text("Summary"),
                text("Status"),
                int32("Reviews"),
                instant("SubmittedAt"),
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
                context.source().collection(FundingProjection.REPORTS),
                Filters.exists("reportId"),
                docs -> docs.stream().map(ReportsFeed::entity).toList());
    }

    private static Map<String, Object> entity(Document report) {
        List<Document> trail =
                DocValues.documents(report, "trail").stream()
                        .sorted(Comparator.comparingLong(t -> DocValues.longValue(t, "position")))
                        .toList();
        return FeedValues.entity(
                "Id", report.getString("_id"),
                "ProgrammeId", report.getString("programmeId"),
                "ReportId", report.getString("reportId"),
                "Kind", report.getString("kind"),
                "PeriodFrom", DocValues.date(report, "periodFrom"),
                "PeriodTo", DocValues.date(report, "periodTo"),
                "Summary", report.getString("summary"),
                "Status",
                        trail.isEmpty()
                                ? "SUBMITTED"
                                : trail.get(trail.size() - 1).getString("action"),
                "Reviews", trail.size(),
                "SubmittedAt", FeedValues.instant(report, "submittedAt"),
                "Position", DocValues.longValue(report, "position"));
    }
}
