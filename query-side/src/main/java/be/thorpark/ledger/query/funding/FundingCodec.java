package be.thorpark.ledger.query.funding;

import be.thorpark.ledger.events.Period;
import be.thorpark.ledger.events.funding.DisbursementPaid;
import be.thorpark.ledger.events.funding.DisbursementRequested;
import be.thorpark.ledger.events.funding.FundingProgrammeOpened;
import be.thorpark.ledger.events.funding.FundingSource;
import be.thorpark.ledger.events.funding.ProgressReportDrafted;
import be.thorpark.ledger.events.funding.ProgressReportSubmitted;
import be.thorpark.ledger.events.funding.SteeringCommitteeMeetingRecorded;
import be.thorpark.ledger.query.view.DocValues;
import be.thorpark.ledger.query.view.ViewEvent;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The one place the funding view's documents meet BSON: the update each funding event makes, the
 * filters and orders its readers query by, and the decoding of a stored programme, report,
 * disbursement and meeting. The field names are part of what the OData feed and CSV exports read.
 */
public final class FundingCodec {

    private static final String PROGRAMME_ID = "programmeId";
    private static final String REPORT_ID = "reportId";
    private static final String MEETING_ID = "meetingId";
    private static final String AMOUNT = "amount";
    private static final String SOURCE = "source";
    private static final String DATE = "date";

    /** Programmes whose opening has reached the view. */
    public static final Bson OPENED = Filters.exists(PROGRAMME_ID);

    /** Reports whose first event has reached the view. */
    public static final Bson REPORTED = Filters.exists(REPORT_ID);

    /** Disbursements whose request has reached the view. */
    public static final Bson REQUESTED = Filters.exists(AMOUNT);

    /** Meetings whose record has reached the view. */
    public static final Bson RECORDED = Filters.exists(MEETING_ID);

    private FundingCodec() {}

    static Bson opened(FundingProgrammeOpened e, ViewEvent event) {
        List<Document> sources =
                e.sources() == null
                        ? List.of()
                        : e.sources().stream().map(FundingCodec::source).toList();
        return Updates.combine(
                Updates.set(PROGRAMME_ID, e.programmeId().value()),
                Updates.set("name", e.name()),
                Updates.set("sources", sources),
                Updates.set("openedAt", event.recordedAt()),
                version(event));
    }

    static Bson submitted(ProgressReportSubmitted e, ViewEvent event) {
        return Updates.combine(
                Updates.set(PROGRAMME_ID, e.programmeId().value()),
                Updates.set(REPORT_ID, e.reportId().value()),
                Updates.set("kind", e.kind() == null ? null : e.kind().name()),
                period(e.period()),
                Updates.set("summary", e.summary()),
                Updates.set("submittedAt", event.recordedAt()),
                trail("SUBMITTED", event, "summary", e.summary()));
    }

    static Bson drafted(ProgressReportDrafted e, ViewEvent event) {
        return Updates.combine(
                Updates.set(PROGRAMME_ID, e.programmeId().value()),
                Updates.set(REPORT_ID, e.reportId().value()),
                Updates.set("kind", e.kind().name()),
                period(e.period()),
                Updates.set("summary", e.summary()),
                trail("DRAFTED", event, "summary", e.summary()));
    }

    /** A review step that came with remarks (rejected, approved). */
    static Bson reviewed(String action, String remarks, ViewEvent event) {
        return trail(action, event, "remarks", remarks);
    }

    static Bson resubmitted(String summary, ViewEvent event) {
        return Updates.combine(
                Updates.set("summary", summary), trail("RESUBMITTED", event, "summary", summary));
    }

    static Bson requested(DisbursementRequested e, ViewEvent event) {
        return Updates.combine(
                Updates.set(PROGRAMME_ID, e.programmeId().value()),
                Updates.set("disbursementId", e.disbursementId().value()),
                Updates.set(SOURCE, e.source().value()),
                Updates.set(AMOUNT, DocValues.decimal(e.amount())),
                Updates.set(REPORT_ID, e.reportId() == null ? null : e.reportId().value()),
                period(e.period()),
                Updates.set("requestedAt", event.recordedAt()),
                Updates.set("requestedPosition", event.position()));
    }

    static Bson paid(DisbursementPaid e, ViewEvent event) {
        return Updates.combine(
                Updates.set(PROGRAMME_ID, e.programmeId().value()),
                Updates.set("disbursementId", e.disbursementId().value()),
                Updates.set(SOURCE, e.source().value()),
                Updates.set("paidAmount", DocValues.decimal(e.amount())),
                Updates.set("paidOn", DocValues.date(e.paidOn())),
                Updates.set("paidAt", event.recordedAt()));
    }

    static Bson meeting(SteeringCommitteeMeetingRecorded e, ViewEvent event) {
        return Updates.combine(
                Updates.set(PROGRAMME_ID, e.programmeId().value()),
                Updates.set(MEETING_ID, e.meetingId().value()),
                Updates.set(DATE, DocValues.date(e.date())),
                Updates.set(
                        "participants", e.participants() == null ? List.of() : e.participants()),
                Updates.set("decisions", e.decisions() == null ? List.of() : e.decisions()),
                Updates.set("recordedAt", event.recordedAt()));
    }

    /**
     * Reports, disbursements and meetings are parts of the programme: every event of it moves the
     * programme's version, which is the {@code ETag} of the programme and of each of its parts
     * (If-Match takes it).
     */
    static Bson version(ViewEvent event) {
        return Updates.max("version", event.sequence() + 1);
    }

    /** The period a report or a disbursement covers; none for events that name none. */
    private static Bson period(Period period) {
        return Updates.combine(
                Updates.set("periodFrom", period == null ? null : DocValues.date(period.from())),
                Updates.set("periodTo", period == null ? null : DocValues.date(period.to())));
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

    /** The parts of one programme whose first event has reached the view. */
    static Bson partsOf(String programmeId, Bson seen) {
        return Filters.and(Filters.eq(PROGRAMME_ID, programmeId), seen);
    }

    /** The requested disbursements of any of {@code programmeIds}. */
    public static Bson requestedOf(Collection<String> programmeIds) {
        return Filters.and(Filters.in(PROGRAMME_ID, programmeIds), REQUESTED);
    }

    /** The meetings of one programme, by date. */
    static Bson meetingsOf(String programmeId) {
        return Filters.eq(PROGRAMME_ID, programmeId);
    }

    static final Bson MEETING_ORDER = Sorts.ascending(DATE, "_id");

    static List<IndexModel> reportIndexes() {
        return List.of(new IndexModel(Indexes.ascending(PROGRAMME_ID)));
    }

    static List<IndexModel> disbursementIndexes() {
        return List.of(new IndexModel(Indexes.ascending(PROGRAMME_ID, SOURCE)));
    }

    static List<IndexModel> meetingIndexes() {
        return List.of(new IndexModel(Indexes.ascending(PROGRAMME_ID, DATE)));
    }

    public static FundingProgrammeDocument programme(Document d) {
        List<FundingProgrammeDocument.Source> sources = new ArrayList<>();
        for (Document s : DocValues.documents(d, "sources")) {
            sources.add(
                    new FundingProgrammeDocument.Source(
                            s.getString("code"),
                            s.getString("name"),
                            DocValues.decimal(s, "committed")));
        }
        return new FundingProgrammeDocument(
                d.getString("_id"),
                d.getString(PROGRAMME_ID),
                d.getString("name"),
                sources,
                instant(d.get("openedAt")),
                DocValues.longValue(d, "version"),
                DocValues.longValue(d, "position"));
    }

    public static ProgressReportDocument report(Document d) {
        List<ProgressReportDocument.Step> trail =
                DocValues.documents(d, "trail").stream()
                        .map(
                                t ->
                                        new ProgressReportDocument.Step(
                                                t.getString("action"),
                                                t.getString("summary"),
                                                t.getString("remarks"),
                                                instant(t.get("at")),
                                                DocValues.longValue(t, "position")))
                        .toList();
        return new ProgressReportDocument(
                d.getString("_id"),
                d.getString(PROGRAMME_ID),
                d.getString(REPORT_ID),
                d.getString("kind"),
                DocValues.date(d, "periodFrom"),
                DocValues.date(d, "periodTo"),
                d.getString("summary"),
                instant(d.get("submittedAt")),
                trail,
                DocValues.longValue(d, "position"));
    }

    public static DisbursementDocument disbursement(Document d) {
        return new DisbursementDocument(
                d.getString("_id"),
                d.getString(PROGRAMME_ID),
                d.getString("disbursementId"),
                d.getString(SOURCE),
                DocValues.decimal(d, AMOUNT),
                d.getString(REPORT_ID),
                DocValues.date(d, "periodFrom"),
                DocValues.date(d, "periodTo"),
                instant(d.get("requestedAt")),
                DocValues.decimal(d, "paidAmount"),
                DocValues.date(d, "paidOn"),
                instant(d.get("paidAt")),
                DocValues.longValue(d, "position"));
    }

    public static MeetingDocument meeting(Document d) {
        return new MeetingDocument(
                d.getString("_id"),
                d.getString(PROGRAMME_ID),
                d.getString(MEETING_ID),
                DocValues.date(d, DATE),
                d.getList("participants", String.class, List.of()),
                d.getList("decisions", String.class, List.of()),
                instant(d.get("recordedAt")),
                DocValues.longValue(d, "position"));
    }

    /** A stored instant: a BSON date, or ISO-8601 text in documents written as text. */
    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return value == null ? null : Instant.parse(value.toString());
    }

    /** ISO-8601 text of a business date, as the REST answers write it. */
    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
