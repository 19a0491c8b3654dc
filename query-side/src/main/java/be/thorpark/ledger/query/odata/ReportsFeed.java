package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.date;
import static be.thorpark.ledger.query.odata.FeedProperty.instant;
import static be.thorpark.ledger.query.odata.FeedProperty.int32;
import static be.thorpark.ledger.query.odata.FeedProperty.int64;
import static be.thorpark.ledger.query.odata.FeedProperty.text;

import be.thorpark.ledger.query.funding.FundingCodec;
import be.thorpark.ledger.query.funding.FundingProjection;
import be.thorpark.ledger.query.funding.ProgressReportDocument;
import java.util.List;
import java.util.Map;

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
                FundingCodec.REPORTED,
                docs -> docs.stream().map(FundingCodec::report).map(ReportsFeed::entity).toList());
    }

    private static Map<String, Object> entity(ProgressReportDocument report) {
        return FeedValues.entity(
                "Id", report.id(),
                "ProgrammeId", report.programmeId(),
                "ReportId", report.reportId(),
                "Kind", report.kind(),
                "PeriodFrom", report.periodFrom(),
                "PeriodTo", report.periodTo(),
                "Summary", report.summary(),
                "Status", report.status(),
                "Reviews", report.trail().size(),
                "SubmittedAt", report.submittedAt(),
                "Position", report.position());
    }
}
