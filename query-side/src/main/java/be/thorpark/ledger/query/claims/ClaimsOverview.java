package be.thorpark.ledger.query.claims;

import static be.thorpark.ledger.query.claims.ClaimsProjection.key;
import static be.thorpark.ledger.query.claims.ClaimsProjection.money;
import static be.thorpark.ledger.query.view.CsvWriter.column;

import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.Rate;
import be.thorpark.ledger.query.view.CsvWriter;
import be.thorpark.ledger.query.view.ViewWriter;
import com.mongodb.client.model.Filters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * The claim figures per source, computed as the programme's claim rule computes them: the rate's
 * share of the approved eligible costs (rounded down to the cent), minus everything requested,
 * never above what the commitment leaves. Each figure names the positions of the events it comes
 * from.
 */
public class ClaimsOverview {

    /** The events a figure is made of, by position. */
    public record Lineage(List<Long> approvals, List<Long> requests, List<Long> payments) {}

    public record SourceClaim(
            String code,
            String name,
            String committed,
            String coFinancingRate,
            String approvedEligible,
            String share,
            String requested,
            String paid,
            String claimable,
            String commitmentLeft,
            Lineage lineage) {}

    public record Programme(
            String programmeId,
            String name,
            String approvedEligible,
            List<SourceClaim> sources,
            long position) {}

    public record Line(
            String lineId,
            String reportId,
            String supplierName,
            String supplierVat,
            String invoiceNumber,
            String invoiceDate,
            String paymentDate,
            String description,
            String category,
            String amountExclVat,
            String declaredEligible,
            String status,
            String acceptedEligible,
            String reviewRemarks,
            List<Evidence> evidence,
            Long declaredPosition,
            Long reviewPosition) {}

    /** The columns of the claim lines, on the REST answer and in the report pack alike. */
    public static final List<CsvWriter.Column<Line>> LINE_CSV =
            CsvWriter.columns(
                    column("lineId", Line::lineId),
                    column("supplierName", Line::supplierName),
                    column("supplierVat", Line::supplierVat),
                    column("invoiceNumber", Line::invoiceNumber),
                    column("invoiceDate", Line::invoiceDate),
                    column("paymentDate", Line::paymentDate),
                    column("category", Line::category),
                    column("amountExclVat", Line::amountExclVat),
                    column("declaredEligible", Line::declaredEligible),
                    column("status", Line::status),
                    column("acceptedEligible", Line::acceptedEligible),
                    column("reviewRemarks", Line::reviewRemarks),
                    column(
                            "evidence",
                            l ->
                                    String.join(
                                            " ",
                                            l.evidence().stream().map(Evidence::sha256).toList())));

    public record Evidence(String sha256, String fileName, String mediaType, long sizeBytes) {}

    public record Report(
            String programmeId,
            String reportId,
            String kind,
            String periodFrom,
            String periodTo,
            String status,
            String decidedOn,
            String approvedEligible,
            Long decisionPosition,
            List<Line> lines) {}

    private final ViewWriter views;

    public ClaimsOverview(ViewWriter views) {
        this.views = views;
    }

    public Optional<Programme> programme(String programmeId) {
        Document stored =
                views.collection(ClaimsProjection.PROGRAMMES)
                        .find(Filters.eq("_id", programmeId))
                        .first();
        ClaimsProgrammeDocument programme = stored == null ? null : ClaimsCodec.programme(stored);
        if (programme == null || !programme.opened()) {
            return Optional.empty();
        }
        long approvedCents = programme.approvedEligibleCents();
        List<Long> approvals =
                programme.approvals().stream()
                        .map(ClaimsProgrammeDocument.Approval::position)
                        .toList();
        List<String> codes = programme.sources();
        Map<String, ClaimsSourceDocument> sources = new HashMap<>();
        views.collection(ClaimsProjection.SOURCES)
                .find(Filters.in("_id", codes.stream().map(c -> key(programmeId, c)).toList()))
                .map(ClaimsCodec::source)
                .forEach(d -> sources.put(d.code(), d));
        List<SourceClaim> claims = new ArrayList<>();
        for (String code : codes) {
            ClaimsSourceDocument source = sources.get(code);
            if (source != null) {
                claims.add(claim(source, approvedCents, approvals));
            }
        }
        return Optional.of(
                new Programme(
                        programmeId,
                        programme.name(),
                        money(approvedCents),
                        claims,
                        programme.position()));
    }

    public Optional<Report> report(String programmeId, String reportId) {
        Document stored =
                views.collection(ClaimsProjection.REPORTS)
                        .find(Filters.eq("_id", key(programmeId, reportId)))
                        .first();
        ClaimsReportDocument report = stored == null ? null : ClaimsCodec.report(stored);
        if (report == null || !report.filed()) {
            return Optional.empty();
        }
        List<String> lineIds = report.lineIds();
        Map<String, ClaimsLineDocument> lines = new HashMap<>();
        views.collection(ClaimsProjection.LINES)
                .find(Filters.in("_id", lineIds.stream().map(l -> key(programmeId, l)).toList()))
                .map(ClaimsCodec::line)
                .forEach(d -> lines.put(d.lineId(), d));
        List<Line> ordered =
                lineIds.stream()
                        .map(lines::get)
                        .filter(d -> d != null)
                        .map(ClaimsOverview::line)
                        .toList();
        return Optional.of(
                new Report(
                        programmeId,
                        reportId,
                        report.kind(),
                        text(report.periodFrom()),
                        text(report.periodTo()),
                        report.status(),
                        text(report.decidedOn()),
                        report.approvedEligibleCents() == null
                                ? null
                                : money(report.approvedEligibleCents()),
                        report.decisionPosition(),
                        ordered));
    }

    private static SourceClaim claim(
            ClaimsSourceDocument source, long approvedCents, List<Long> approvals) {
        long committed = source.committedCents();
        long requested = source.requestedCents();
        long paid = source.paidCents();
        String rate = source.rate();
        long commitmentLeft = Math.max(0, committed - requested);
        String share = null;
        long claimable = commitmentLeft;
        if (rate != null) {
            long shareCents = Rate.parse(rate).of(new Money(approvedCents)).cents();
            share = money(shareCents);
            claimable = Math.min(commitmentLeft, Math.max(0, shareCents - requested));
        }
        return new SourceClaim(
                source.code(),
                source.name(),
                money(committed),
                rate,
                rate == null ? null : money(approvedCents),
                share,
                money(requested),
                money(paid),
                money(claimable),
                money(commitmentLeft),
                new Lineage(
                        rate == null ? List.of() : approvals,
                        source.requests().stream()
                                .map(ClaimsSourceDocument.Request::position)
                                .toList(),
                        source.payments().stream()
                                .map(ClaimsSourceDocument.Payment::position)
                                .toList()));
    }

    private static Line line(ClaimsLineDocument d) {
        return new Line(
                d.lineId(),
                d.reportId(),
                d.supplierName(),
                d.supplierVat(),
                d.invoiceNumber(),
                text(d.invoiceDate()),
                text(d.paymentDate()),
                d.description(),
                d.category(),
                money(d.amountExclVatCents()),
                money(d.declaredEligibleCents()),
                d.status(),
                d.acceptedEligibleCents() == null ? null : money(d.acceptedEligibleCents()),
                d.reviewRemarks(),
                d.evidence().stream()
                        .map(
                                e ->
                                        new Evidence(
                                                e.sha256(),
                                                e.fileName(),
                                                e.mediaType(),
                                                e.sizeBytes()))
                        .toList(),
                d.declaredPosition(),
                d.reviewPosition());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
