package be.thorpark.ledger.query.funding;

import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.ReportId;
import be.thorpark.ledger.events.funding.DisbursementPaid;
import be.thorpark.ledger.events.funding.DisbursementRequested;
import be.thorpark.ledger.events.funding.FundingProgrammeOpened;
import be.thorpark.ledger.events.funding.ProgressReportApproved;
import be.thorpark.ledger.events.funding.ProgressReportDrafted;
import be.thorpark.ledger.events.funding.ProgressReportRejected;
import be.thorpark.ledger.events.funding.ProgressReportResubmitted;
import be.thorpark.ledger.events.funding.ProgressReportSubmitted;
import be.thorpark.ledger.events.funding.SteeringCommitteeMeetingRecorded;
import be.thorpark.ledger.query.view.DeclaredProjection;
import com.mongodb.client.model.IndexModel;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Funding: {@code funding_programmes} (name and sources with their commitments), {@code
 * funding_reports} (one per progress report with its review trail), {@code funding_disbursements}
 * (one per disbursement: requested, and paid once paid) and {@code funding_meetings}
 * (steering-committee meetings). Report and disbursement ids are unique within a programme, so
 * their documents are keyed {@code <programmeId>/<id>}. Statuses and sums per source are computed
 * when asked.
 */
@Component
public class FundingProjection extends DeclaredProjection {

    public static final String NAME = "funding";
    public static final String PROGRAMMES = "funding_programmes";
    public static final String REPORTS = "funding_reports";
    public static final String DISBURSEMENTS = "funding_disbursements";
    public static final String MEETINGS = "funding_meetings";

    public FundingProjection() {
        update(
                FundingProgrammeOpened.class,
                PROGRAMMES,
                e -> e.programmeId().value(),
                FundingCodec::opened);
        update(
                ProgressReportSubmitted.class,
                REPORTS,
                e -> report(e.programmeId(), e.reportId()),
                FundingCodec::submitted);
        update(
                ProgressReportDrafted.class,
                REPORTS,
                e -> report(e.programmeId(), e.reportId()),
                FundingCodec::drafted);
        update(
                ProgressReportRejected.class,
                REPORTS,
                e -> report(e.programmeId(), e.reportId()),
                (e, v) -> FundingCodec.reviewed("REJECTED", e.remarks(), v));
        update(
                ProgressReportResubmitted.class,
                REPORTS,
                e -> report(e.programmeId(), e.reportId()),
                (e, v) -> FundingCodec.resubmitted(e.summary(), v));
        update(
                ProgressReportApproved.class,
                REPORTS,
                e -> report(e.programmeId(), e.reportId()),
                (e, v) -> FundingCodec.reviewed("APPROVED", e.remarks(), v));
        update(
                DisbursementRequested.class,
                DISBURSEMENTS,
                e -> key(e.programmeId().value(), e.disbursementId().value()),
                FundingCodec::requested);
        update(
                DisbursementPaid.class,
                DISBURSEMENTS,
                e -> key(e.programmeId().value(), e.disbursementId().value()),
                FundingCodec::paid);
        update(
                SteeringCommitteeMeetingRecorded.class,
                MEETINGS,
                e -> key(e.programmeId().value(), e.meetingId().value()),
                FundingCodec::meeting);
        // The opening already set the version with the programme itself; the writer skips this
        // second write of it.
        onEveryEventLike(
                FundingProgrammeOpened.class,
                (e, t) ->
                        t.apply(
                                PROGRAMMES,
                                t.event().aggregateId(),
                                FundingCodec.version(t.event())));
    }

    @Override
    public List<String> collections() {
        return List.of(PROGRAMMES, REPORTS, DISBURSEMENTS, MEETINGS);
    }

    @Override
    public String name() {
        return NAME;
    }

    static String key(String programmeId, String id) {
        return programmeId + "/" + id;
    }

    private static String report(ProgrammeId programme, ReportId report) {
        return key(programme.value(), report.value());
    }

    @Override
    public Map<String, List<IndexModel>> indexes() {
        return Map.of(
                REPORTS,
                FundingCodec.reportIndexes(),
                DISBURSEMENTS,
                FundingCodec.disbursementIndexes(),
                MEETINGS,
                FundingCodec.meetingIndexes());
    }
}
