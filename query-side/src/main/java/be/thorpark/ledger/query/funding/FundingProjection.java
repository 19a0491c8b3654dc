package be.thorpark.ledger.query.funding;

import be.thorpark.ledger.events.funding.DisbursementPaid;
import be.thorpark.ledger.events.funding.DisbursementRequested;
import be.thorpark.ledger.events.funding.FundingProgrammeOpened;
import be.thorpark.ledger.events.funding.FundingSource;
import be.thorpark.ledger.events.funding.ProgressReportApproved;
import be.thorpark.ledger.events.funding.ProgressReportDrafted;
import be.thorpark.ledger.events.funding.ProgressReportRejected;
import be.thorpark.ledger.events.funding.ProgressReportResubmitted;
import be.thorpark.ledger.events.funding.ProgressReportSubmitted;
import be.thorpark.ledger.events.funding.SteeringCommitteeMeetingRecorded;
import be.thorpark.ledger.query.view.DeclaredProjection;
import be.thorpark.ledger.query.view.DocValues;
import be.thorpark.ledger.query.view.ViewEvent;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
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
        on(
                FundingProgrammeOpened.class,
                (e, t) -> {
                    List<Document> sources =
                            e.sources() == null
                                    ? List.of()
                                    : e.sources().stream().map(FundingProjection::source).toList();
                    t.apply(
                            PROGRAMMES,
                            e.programmeId().value(),
                            Updates.combine(
                                    Updates.set("programmeId", e.programmeId().value()),
                                    Updates.set("name", e.name()),
                                    Updates.set("sources", sources),
                                    Updates.set("openedAt", t.event().recordedAt()),
                                    programmeVersion(t.event())));
                });
        on(
                ProgressReportSubmitted.class,
                (e, t) ->
                        t.apply(
                                REPORTS,
                                key(e.programmeId().value(), e.reportId().value()),
                                Updates.combine(
                                        Updates.set("programmeId", e.programmeId().value()),
                                        Updates.set("reportId", e.reportId().value()),
                                        Updates.set(
                                                "kind", e.kind() == null ? null : e.kind().name()),
                                        Updates.set(
                                                "periodFrom",
                                                e.period() == null
                                                        ? null
                                                        : DocValues.date(e.period().from())),
                                        Updates.set(
                                                "periodTo",
                                                e.period() == null
                                                        ? null
                                                        : DocValues.date(e.period().to())),
                                        Updates.set("summary", e.summary()),
                                        Updates.set("submittedAt", t.event().recordedAt()),
                                        trail("SUBMITTED", t.event(), "summary", e.summary()))));
        on(
                ProgressReportDrafted.class,
                (e, t) ->
                        t.apply(
                                REPORTS,
                                key(e.programmeId().value(), e.reportId().value()),
                                Updates.combine(
                                        Updates.set("programmeId", e.programmeId().value()),
                                        Updates.set("reportId", e.reportId().value()),
                                        Updates.set("kind", e.kind().name()),
                                        Updates.set(
                                                "periodFrom", DocValues.date(e.period().from())),
                                        Updates.set("periodTo", DocValues.date(e.period().to())),
                                        Updates.set("summary", e.summary()),
                                        trail("DRAFTED", t.event(), "summary", e.summary()))));
        on(
                ProgressReportRejected.class,
                (e, t) ->
                        t.apply(
                                REPORTS,
                                key(e.programmeId().value(), e.reportId().value()),
                                trail("REJECTED", t.event(), "remarks", e.remarks())));
        on(
                ProgressReportResubmitted.class,
                (e, t) ->
                        t.apply(
                                REPORTS,
                                key(e.programmeId().value(), e.reportId().value()),
                                Updates.combine(
                                        Updates.set("summary", e.summary()),
                                        trail("RESUBMITTED", t.event(), "summary", e.summary()))));
        on(
                ProgressReportApproved.class,
                (e, t) ->
                        t.apply(
                                REPORTS,
                                key(e.programmeId().value(), e.reportId().value()),
                                trail("APPROVED", t.event(), "remarks", e.remarks())));
        on(
                DisbursementRequested.class,
                (e, t) ->
                        t.apply(
                                DISBURSEMENTS,
                                key(e.programmeId().value(), e.disbursementId().value()),
                                Updates.combine(
                                        Updates.set("programmeId", e.programmeId().value()),
                                        Updates.set("disbursementId", e.disbursementId().value()),
                                        Updates.set("source", e.source().value()),
                                        Updates.set("amount", DocValues.decimal(e.amount())),
                                        Updates.set(
                                                "reportId",
                                                e.reportId() == null ? null : e.reportId().value()),
                                        Updates.set(
                                                "periodFrom",
                                                e.period() == null
                                                        ? null
                                                        : DocValues.date(e.period().from())),
                                        Updates.set(
                                                "periodTo",
                                                e.period() == null
                                                        ? null
                                                        : DocValues.date(e.period().to())),
                                        Updates.set("requestedAt", t.event().recordedAt()),
                                        Updates.set("requestedPosition", t.event().position()))));
        on(
                DisbursementPaid.class,
                (e, t) ->
                        t.apply(
                                DISBURSEMENTS,
                                key(e.programmeId().value(), e.disbursementId().value()),
                                Updates.combine(
                                        Updates.set("programmeId", e.programmeId().value()),
                                        Updates.set("disbursementId", e.disbursementId().value()),
                                        Updates.set("source", e.source().value()),
                                        Updates.set("paidAmount", DocValues.decimal(e.amount())),
                                        Updates.set("paidOn", DocValues.date(e.paidOn())),
                                        Updates.set("paidAt", t.event().recordedAt()))));
        on(
                SteeringCommitteeMeetingRecorded.class,
                (e, t) ->
                        t.apply(
                                MEETINGS,
                                key(e.programmeId().value(), e.meetingId().value()),
                                Updates.combine(
                                        Updates.set("programmeId", e.programmeId().value()),
                                        Updates.set("meetingId", e.meetingId().value()),
                                        Updates.set("date", DocValues.date(e.date())),
                                        Updates.set(
                                                "participants",
                                                e.participants() == null
                                                        ? List.of()
                                                        : e.participants()),
                                        Updates.set(
                                                "decisions",
                                                e.decisions() == null ? List.of() : e.decisions()),
                                        Updates.set("recordedAt", t.event().recordedAt()))));
        // The opening already set the version with the programme itself; the writer skips this
        // second write of it.
        onEveryEventLike(
                FundingProgrammeOpened.class,
                (e, t) ->
                        t.apply(PROGRAMMES, t.event().aggregateId(), programmeVersion(t.event())));
    }

    @Override
    public List<String> collections() {
        return List.of(PROGRAMMES, REPORTS, DISBURSEMENTS, MEETINGS);
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Reports, disbursements and meetings are parts of the programme: every event of it moves the
     * programme's version, which is the {@code ETag} of the programme and of each of its parts
     * (If-Match takes it).
     */
    private static Bson programmeVersion(ViewEvent event) {
        return Updates.max("version", event.sequence() + 1);
    }

    static String key(String programmeId, String id) {
        return programmeId + "/" + id;
    }

    private static Document source(FundingSource source) {
        return new Document("code", source.code().value())
                .append("name", source.name())
                .append("committed", DocValues.decimal(source.committed()));
    }

    private static Bson trail(String action, ViewEvent event, String textField, String text) {
        return Updates.push(
                "trail",
                new Document("action", action)
                        .append(textField, text)
                        .append("at", event.recordedAt())
                        .append("position", event.position()));
    }

    @Override
    public Map<String, List<IndexModel>> indexes() {
        List<IndexModel> byProgramme = List.of(new IndexModel(Indexes.ascending("programmeId")));
        return Map.of(
                REPORTS,
                byProgramme,
                DISBURSEMENTS,
                List.of(new IndexModel(Indexes.ascending("programmeId", "source"))),
                MEETINGS,
                List.of(new IndexModel(Indexes.ascending("programmeId", "date"))));
    }
}
