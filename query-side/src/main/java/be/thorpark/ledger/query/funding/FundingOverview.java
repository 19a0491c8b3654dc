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
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                views.collection(FundingProjection.PROGRAMMES)
                        .countDocuments(Filters.exists("programmeId"));
        List<ProgrammeLine> items = new ArrayList<>();
        for (Document programme :
                views.collection(FundingProjection.PROGRAMMES)
                        .find(Filters.exists("programmeId"))
                        .sort(Sorts.ascending("_id"))
                        .skip(request.skip())
                        .limit(request.size())) {
            String id = programme.getString("_id");
            Amounts totals = totals(sources(programme, disbursementDocs(id)));
            items.add(
                    new ProgrammeLine(
                            id,
                            programme.getString("name"),
                            totals.committed(),
                            totals.requested(),
                            totals.paid(),
                            totals.remaining(),
                            DocValues.longValue(programme, "position")));
        }
        return new ViewPage<>(items, request.page(), request.size(), total, position);
    }

    Optional<ProgrammeDetail> one(String id) {
        Document programme = programme(id);
        if (programme == null) {
            return Optional.empty();
        }
        List<Document> disbursementDocs = disbursementDocs(id);
        List<SourceLine> sources = sources(programme, disbursementDocs);
        List<ReportLine> reports = reports(id);
        boolean approved = reports.stream().anyMatch(r -> "APPROVED".equals(r.status()));
        boolean erdfLeft =
                sources.stream()
                        .anyMatch(
                                s ->
                                        ERDF.equals(s.code())
                                                && new BigDecimal(s.remaining()).signum() > 0);
        long position = DocValues.longValue(programme, "position");
        for (Document doc : disbursementDocs) {
            position = Math.max(position, DocValues.longValue(doc, "position"));
        }
        return Optional.of(
                new ProgrammeDetail(
                        id,
                        programme.getString("name"),
                        text(programme.get("openedAt")),
                        sources,
                        totals(sources),
                        approved && erdfLeft,
                        reports,
                        disbursementDocs.stream().map(FundingOverview::disbursement).toList(),
                        meetings(id),
                        DocValues.longValue(programme, "version"),
                        position));
    }

    Optional<Part<ReportLine>> report(String programmeId, String reportId) {
        Document programme = programme(programmeId);
        Document report = part(FundingProjection.REPORTS, programmeId, reportId, "reportId");
        return programme == null || report == null
                ? Optional.empty()
                : Optional.of(
                        new Part<>(
                                programmeId,
                                report(report),
                                DocValues.longValue(programme, "version")));
    }

    Optional<Part<DisbursementLine>> disbursement(String programmeId, String disbursementId) {
        Document programme = programme(programmeId);
        Document disbursement =
                part(FundingProjection.DISBURSEMENTS, programmeId, disbursementId, "amount");
        return programme == null || disbursement == null
                ? Optional.empty()
                : Optional.of(
                        new Part<>(
                                programmeId,
                                disbursement(disbursement),
                                DocValues.longValue(programme, "version")));
    }

    Optional<Part<MeetingLine>> meeting(String programmeId, String meetingId) {
        Document programme = programme(programmeId);
        Document meeting = part(FundingProjection.MEETINGS, programmeId, meetingId, "meetingId");
        return programme == null || meeting == null
                ? Optional.empty()
                : Optional.of(
                        new Part<>(
                                programmeId,
                                meeting(meeting),
                                DocValues.longValue(programme, "version")));
    }

    Optional<List<MeetingLine>> meetingList(String programmeId) {
        return programme(programmeId) == null
                ? Optional.empty()
                : Optional.of(meetings(programmeId));
    }

    /**
     * A part's document by its exact key; null unless it holds {@code requiredField} (its first
     * event arrived).
     */
    private Document part(String collection, String programmeId, String id, String requiredField) {
        Document doc =
                views.collection(collection)
                        .find(Filters.eq("_id", FundingProjection.key(programmeId, id)))
                        .first();
        return doc != null && doc.containsKey(requiredField) ? doc : null;
    }

    Optional<List<SourceLine>> sources(String id) {
        Document programme = programme(id);
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

    private Document programme(String id) {
        Document programme =
                views.collection(FundingProjection.PROGRAMMES).find(Filters.eq("_id", id)).first();
        // Events of a programme's parts can arrive before the programme itself; only an opened one
        // is shown.
        return programme != null && programme.containsKey("programmeId") ? programme : null;
    }

    private List<Document> disbursementDocs(String programmeId) {
        List<Document> docs = new ArrayList<>();
        views.collection(FundingProjection.DISBURSEMENTS)
                .find(Filters.and(Filters.eq("programmeId", programmeId), Filters.exists("amount")))
                .sort(Sorts.ascending("_id"))
                .into(docs);
        return docs;
    }

    private static List<SourceLine> sources(Document programme, List<Document> disbursements) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Document source : DocValues.documents(programme, "sources")) {
            sums.put(
                    source.getString("code"),
                    new BigDecimal[] {
                        DocValues.decimalOrZero(source, "committed"), zero(), zero()
                    });
            names.put(source.getString("code"), source.getString("name"));
        }
        for (Document d : disbursements) {
            BigDecimal[] sum =
                    sums.computeIfAbsent(
                            d.getString("source"), k -> new BigDecimal[] {zero(), zero(), zero()});
            if (d.get("paidOn") != null) {
                BigDecimal paid = DocValues.decimal(d, "paidAmount");
                sum[2] = sum[2].add(paid != null ? paid : DocValues.decimalOrZero(d, "amount"));
            } else {
                sum[1] = sum[1].add(DocValues.decimalOrZero(d, "amount"));
            }
        }
        List<SourceLine> lines = new ArrayList<>();
        sums.forEach(
                (code, s) ->
                        lines.add(
                                new SourceLine(
                                        code,
                                        names.get(code),
                                        DocValues.text(s[0]),
                                        DocValues.text(s[1]),
                                        DocValues.text(s[2]),
                                        DocValues.text(s[0].subtract(s[1]).subtract(s[2])))));
        return lines;
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
                        .find(
                                Filters.and(
                                        Filters.eq("programmeId", programmeId),
                                        Filters.exists("reportId")))
                        .sort(Sorts.ascending("_id"))) {
            lines.add(report(report));
        }
        lines.sort(
                Comparator.comparingLong(
                                (ReportLine r) ->
                                        r.trail().isEmpty() ? 0 : r.trail().get(0).position())
                        .thenComparing(ReportLine::id));
        return lines;
    }

    private static ReportLine report(Document report) {
        List<TrailEntry> trail =
                DocValues.documents(report, "trail").stream()
                        .sorted(Comparator.comparingLong(t -> DocValues.longValue(t, "position")))
                        .map(
                                t ->
                                        new TrailEntry(
                                                t.getString("action"),
                                                text(t.get("at")),
                                                t.getString("summary"),
                                                t.getString("remarks"),
                                                DocValues.longValue(t, "position")))
                        .toList();
        String status = trail.isEmpty() ? "SUBMITTED" : trail.get(trail.size() - 1).action();
        return new ReportLine(
                report.getString("reportId"),
                report.getString("kind"),
                report.getString("periodFrom"),
                report.getString("periodTo"),
                report.getString("summary"),
                status,
                trail);
    }

    private List<MeetingLine> meetings(String programmeId) {
        List<MeetingLine> lines = new ArrayList<>();
        for (Document meeting :
                views.collection(FundingProjection.MEETINGS)
                        .find(Filters.eq("programmeId", programmeId))
                        .sort(Sorts.ascending("date", "_id"))) {
            lines.add(meeting(meeting));
        }
        return lines;
    }

    private static MeetingLine meeting(Document meeting) {
        return new MeetingLine(
                meeting.getString("meetingId"),
                meeting.getString("date"),
                meeting.getList("participants", String.class, List.of()),
                meeting.getList("decisions", String.class, List.of()));
    }

    private static DisbursementLine disbursement(Document d) {
        boolean paid = d.get("paidOn") != null;
        return new DisbursementLine(
                d.getString("disbursementId"),
                d.getString("source"),
                DocValues.text(DocValues.decimal(d, "amount")),
                d.getString("reportId"),
                d.getString("periodFrom"),
                d.getString("periodTo"),
                paid ? DisbursementStatus.PAID : DisbursementStatus.REQUESTED,
                text(d.get("requestedAt")),
                d.getString("paidOn"));
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private static String text(Object value) {
        return value == null
                ? null
                : value instanceof Date d ? d.toInstant().toString() : value.toString();
    }
}
