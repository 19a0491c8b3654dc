package be.thorpark.ledger.query.funding;

import be.thorpark.ledger.query.view.DocValues;
import be.thorpark.ledger.query.view.PageRequest;
import be.thorpark.ledger.query.view.ViewPage;
import be.thorpark.ledger.query.view.ViewWriter;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.bson.Document;

/**
 * Funding programmes with, per source, committed, requested (open requests), paid and remaining
 * (committed minus requested minus paid); reports with their review trail; disbursements;
 * steering-committee meetings.
 */
class FundingOverview {

    static final String ERDF = "ERDF";

    enum DisbursementStatus {
        REQUESTED,
        PAID
    }

    record Amounts(String committed, String requested, String paid, String remaining) {}

    record SourceLine(
            String code,
            String name,
            String committed,
            String requested,
            String paid,
            String remaining) {}

    record TrailEntry(String action, String at, String summary, String remarks, long position) {}

    record ReportLine(
            String id,
            String kind,
            String periodFrom,
            String periodTo,
            String summary,
            String status,
            List<TrailEntry> trail) {}

    record DisbursementLine(
            String id,
            String source,
            String amount,
            String reportId,
            String periodFrom,
            String periodTo,
            DisbursementStatus status,
            String requestedAt,
            String paidOn) {}

    record MeetingLine(String id, String date, List<String> participants, List<String> decisions) {}

    record ProgrammeLine(
            String id,
            String name,
            String committed,
            String requested,
            String paid,
            String remaining,
            long position) {}

    record ProgrammeDetail(
            String id,
            String name,
            String openedAt,
            List<SourceLine> sources,
            Amounts totals,
            boolean erdfRequestPossible,
            List<ReportLine> reports,
            List<DisbursementLine> disbursements,
            List<MeetingLine> meetings,
            long version,
            long position) {}

    /**
     * One part of a programme (a report, a disbursement, a meeting) with the programme's version.
     */
    record Part<T>(String programmeId, T part, long version) {}

    private final ViewWriter views;

    FundingOverview(ViewWriter views) {
        this.views = views;
    }

    ViewPage<ProgrammeLine> list(PageRequest request, long position) {
        long total =
                views.collection(FundingProjection.PROGRAMMES).countDocuments(FundingCodec.OPENED);
        List<ProgrammeLine> items = new ArrayList<>();
        for (Document stored :
                views.collection(FundingProjection.PROGRAMMES)
                        .find(FundingCodec.OPENED)
                        .sort(Sorts.ascending("_id"))
                        .skip(request.skip())
                        .limit(request.size())) {
            FundingProgrammeDocument programme = FundingCodec.programme(stored);
            Amounts totals = totals(sources(programme, disbursementDocs(programme.id())));
            items.add(
                    new ProgrammeLine(
                            programme.id(),
                            programme.name(),
                            totals.committed(),
                            totals.requested(),
                            totals.paid(),
                            totals.remaining(),
                            programme.position()));
        }
        return new ViewPage<>(items, request.page(), request.size(), total, position);
    }

    Optional<ProgrammeDetail> one(String id) {
        FundingProgrammeDocument programme = programme(id);
        if (programme == null) {
            return Optional.empty();
        }
        List<DisbursementDocument> disbursementDocs = disbursementDocs(id);
        List<SourceLine> sources = sources(programme, disbursementDocs);
        List<ReportLine> reports = reports(id);
        boolean approved = reports.stream().anyMatch(r -> "APPROVED".equals(r.status()));
        boolean erdfLeft =
                sources.stream()
                        .anyMatch(
                                s ->
                                        ERDF.equals(s.code())
                                                && new BigDecimal(s.remaining()).signum() > 0);
        long position = programme.position();
        for (DisbursementDocument doc : disbursementDocs) {
            position = Math.max(position, doc.position());
        }
        return Optional.of(
                new ProgrammeDetail(
                        id,
                        programme.name(),
                        FundingCodec.text(programme.openedAt()),
                        sources,
                        totals(sources),
                        approved && erdfLeft,
                        reports,
                        disbursementDocs.stream().map(FundingOverview::disbursement).toList(),
                        meetings(id),
                        programme.version(),
                        position));
    }

    Optional<Part<ReportLine>> report(String programmeId, String reportId) {
        return part(
                programmeId,
                FundingProjection.REPORTS,
                reportId,
                FundingCodec::report,
                r -> r.reportId() != null,
                FundingOverview::report);
    }

    Optional<Part<DisbursementLine>> disbursement(String programmeId, String disbursementId) {
        return part(
                programmeId,
                FundingProjection.DISBURSEMENTS,
                disbursementId,
                FundingCodec::disbursement,
                d -> d.amount() != null,
                FundingOverview::disbursement);
    }

    Optional<Part<MeetingLine>> meeting(String programmeId, String meetingId) {
        return part(
                programmeId,
                FundingProjection.MEETINGS,
                meetingId,
                FundingCodec::meeting,
                m -> m.meetingId() != null,
                FundingOverview::meeting);
    }

    Optional<List<MeetingLine>> meetingList(String programmeId) {
        return programme(programmeId) == null
                ? Optional.empty()
                : Optional.of(meetings(programmeId));
    }

    /**
     * A part of an opened programme by its exact key, once its first event arrived ({@code seen}),
     * with the programme's version.
     */
    private <D, T> Optional<Part<T>> part(
            String programmeId,
            String collection,
            String id,
            Function<Document, D> decode,
            Predicate<D> seen,
            Function<D, T> line) {
        FundingProgrammeDocument programme = programme(programmeId);
        if (programme == null) {
            return Optional.empty();
        }
        Document stored =
                views.collection(collection)
                        .find(Filters.eq("_id", FundingProjection.key(programmeId, id)))
                        .first();
        return Optional.ofNullable(stored)
                .map(decode)
                .filter(seen)
                .map(d -> new Part<>(programmeId, line.apply(d), programme.version()));
    }

    Optional<List<SourceLine>> sources(String id) {
        FundingProgrammeDocument programme = programme(id);
        return programme == null
                ? Optional.empty()
                : Optional.of(sources(programme, disbursementDocs(id)));
    }

    Optional<List<DisbursementLine>> disbursements(String id) {
        return programme(id) == null
                ? Optional.empty()
                : Optional.of(
                        disbursementDocs(id).stream().map(FundingOverview::disbursement).toList());
    }

    Optional<List<ReportLine>> reportList(String id) {
        return programme(id) == null ? Optional.empty() : Optional.of(reports(id));
    }

    private FundingProgrammeDocument programme(String id) {
        Document stored =
                views.collection(FundingProjection.PROGRAMMES).find(Filters.eq("_id", id)).first();
        // Events of a programme's parts can arrive before the programme itself; only an opened one
        // is shown.
        FundingProgrammeDocument programme = stored == null ? null : FundingCodec.programme(stored);
        return programme != null && programme.opened() ? programme : null;
    }

    private List<DisbursementDocument> disbursementDocs(String programmeId) {
        List<DisbursementDocument> docs = new ArrayList<>();
        for (Document stored :
                views.collection(FundingProjection.DISBURSEMENTS)
                        .find(FundingCodec.partsOf(programmeId, FundingCodec.REQUESTED))
                        .sort(Sorts.ascending("_id"))) {
            docs.add(FundingCodec.disbursement(stored));
        }
        return docs;
    }

    private static List<SourceLine> sources(
            FundingProgrammeDocument programme, List<DisbursementDocument> disbursements) {
        return programme.sums(disbursements).stream()
                .map(
                        s ->
                                new SourceLine(
                                        s.code(),
                                        s.name(),
                                        DocValues.text(s.committed()),
                                        DocValues.text(s.requested()),
                                        DocValues.text(s.paid()),
                                        DocValues.text(s.remaining())))
                .toList();
    }

    private static Amounts totals(List<SourceLine> sources) {
        BigDecimal committed = zero();
        BigDecimal requested = zero();
        BigDecimal paid = zero();
        for (SourceLine s : sources) {
            committed = committed.add(new BigDecimal(s.committed()));
            requested = requested.add(new BigDecimal(s.requested()));
            paid = paid.add(new BigDecimal(s.paid()));
        }
        return new Amounts(
                DocValues.text(committed),
                DocValues.text(requested),
                DocValues.text(paid),
                DocValues.text(committed.subtract(requested).subtract(paid)));
    }

    private List<ReportLine> reports(String programmeId) {
        List<ReportLine> lines = new ArrayList<>();
        for (Document report :
                views.collection(FundingProjection.REPORTS)
                        .find(FundingCodec.partsOf(programmeId, FundingCodec.REPORTED))
                        .sort(Sorts.ascending("_id"))) {
            lines.add(report(FundingCodec.report(report)));
        }
        lines.sort(
                Comparator.comparingLong(
                                (ReportLine r) ->
                                        r.trail().isEmpty() ? 0 : r.trail().get(0).position())
                        .thenComparing(ReportLine::id));
        return lines;
    }

    private static ReportLine report(ProgressReportDocument report) {
        List<TrailEntry> trail =
                report.trailInOrder().stream()
                        .map(
                                t ->
                                        new TrailEntry(
                                                t.action(),
                                                FundingCodec.text(t.at()),
                                                t.summary(),
                                                t.remarks(),
                                                t.position()))
                        .toList();
        return new ReportLine(
                report.reportId(),
                report.kind(),
                FundingCodec.text(report.periodFrom()),
                FundingCodec.text(report.periodTo()),
                report.summary(),
                report.status(),
                trail);
    }

    private List<MeetingLine> meetings(String programmeId) {
        List<MeetingLine> lines = new ArrayList<>();
        for (Document meeting :
                views.collection(FundingProjection.MEETINGS)
                        .find(FundingCodec.meetingsOf(programmeId))
                        .sort(FundingCodec.MEETING_ORDER)) {
            lines.add(meeting(FundingCodec.meeting(meeting)));
        }
        return lines;
    }

    private static MeetingLine meeting(MeetingDocument meeting) {
        return new MeetingLine(
                meeting.meetingId(),
                FundingCodec.text(meeting.date()),
                meeting.participants(),
                meeting.decisions());
    }

    private static DisbursementLine disbursement(DisbursementDocument d) {
        return new DisbursementLine(
                d.disbursementId(),
                d.source(),
                DocValues.text(d.amount()),
                d.reportId(),
                FundingCodec.text(d.periodFrom()),
                FundingCodec.text(d.periodTo()),
                d.paid() ? DisbursementStatus.PAID : DisbursementStatus.REQUESTED,
                FundingCodec.text(d.requestedAt()),
                FundingCodec.text(d.paidOn()));
    }

    private static BigDecimal zero() {
        return FundingProgrammeDocument.zero();
    }
}
