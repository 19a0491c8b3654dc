package be.thorpark.ledger.query.claims;

import static be.thorpark.ledger.query.claims.ClaimsProjection.key;
import static be.thorpark.ledger.query.claims.ClaimsProjection.money;
import static be.thorpark.ledger.query.view.CsvWriter.column;

import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.Rate;
import be.thorpark.ledger.query.view.CsvWriter;
import be.thorpark.ledger.query.view.ViewWriter;
import com.mongodb.client.model.Filters;
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
        Document programme =
                views.collection(ClaimsProjection.PROGRAMMES)
                        .find(Filters.eq("_id", programmeId))
                        .first();
        if (programme == null || !programme.containsKey("programmeId")) {
            return Optional.empty();
        }
        long approvedCents = cents(programme, "approvedEligibleCents");
        List<Long> approvals = positions(programme.getList("approvals", Document.class, List.of()));
        List<String> codes = programme.getList("sources", String.class, List.of());
        Map<String, Document> sources = new HashMap<>();
        views.collection(ClaimsProjection.SOURCES)
                .find(Filters.in("_id", codes.stream().map(c -> key(programmeId, c)).toList()))
                .forEach(d -> sources.put(d.getString("code"), d));
        List<SourceClaim> claims = new ArrayList<>();
        for (String code : codes) {
            Document source = sources.get(code);
            if (source != null) {
                claims.add(claim(source, approvedCents, approvals));
            }
        }
        return Optional.of(
                new Programme(
                        programmeId,
                        programme.getString("name"),
                        money(approvedCents),
                        claims,
                        ((Number) programme.getOrDefault("position", 0L)).longValue()));
    }

    public Optional<Report> report(String programmeId, String reportId) {
        Document report =
                views.collection(ClaimsProjection.REPORTS)
                        .find(Filters.eq("_id", key(programmeId, reportId)))
                        .first();
        if (report == null || !report.containsKey("reportId")) {
            return Optional.empty();
        }
        List<String> lineIds = report.getList("lineIds", String.class, List.of());
        Map<String, Document> lines = new HashMap<>();
        views.collection(ClaimsProjection.LINES)
                .find(Filters.in("_id", lineIds.stream().map(l -> key(programmeId, l)).toList()))
                .forEach(d -> lines.put(d.getString("lineId"), d));
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
                        report.getString("kind"),
                        report.getString("periodFrom"),
                        report.getString("periodTo"),
                        report.getString("status"),
                        report.getString("decidedOn"),
                        report.containsKey("approvedEligibleCents")
                                ? money(cents(report, "approvedEligibleCents"))
                                : null,
                        report.get("decisionPosition") instanceof Number n ? n.longValue() : null,
                        ordered));
    }

    private static SourceClaim claim(Document source, long approvedCents, List<Long> approvals) {
        long committed = cents(source, "committedCents");
        long requested = cents(source, "requestedCents");
        long paid = cents(source, "paidCents");
        String rate = source.getString("rate");
        long commitmentLeft = Math.max(0, committed - requested);
        String share = null;
        long claimable = commitmentLeft;
        if (rate != null) {
            long shareCents = Rate.parse(rate).of(new Money(approvedCents)).cents();
            share = money(shareCents);
            claimable = Math.min(commitmentLeft, Math.max(0, shareCents - requested));
        }
        return new SourceClaim(
                source.getString("code"),
                source.getString("name"),
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
                        positions(source.getList("requests", Document.class, List.of())),
                        positions(source.getList("payments", Document.class, List.of()))));
    }

    private static Line line(Document d) {
        return new Line(
                d.getString("lineId"),
                d.getString("reportId"),
                d.getString("supplierName"),
                d.getString("supplierVat"),
                d.getString("invoiceNumber"),
                d.getString("invoiceDate"),
                d.getString("paymentDate"),
                d.getString("description"),
                d.getString("category"),
                money(cents(d, "amountExclVatCents")),
                money(cents(d, "declaredEligibleCents")),
                d.getString("status"),
                d.containsKey("acceptedEligibleCents")
                        ? money(cents(d, "acceptedEligibleCents"))
                        : null,
                d.getString("reviewRemarks"),
                d.getList("evidence", Document.class, List.of()).stream()
                        .map(
                                e ->
                                        new Evidence(
                                                e.getString("sha256"),
                                                e.getString("fileName"),
                                                e.getString("mediaType"),
                                                ((Number) e.get("sizeBytes")).longValue()))
                        .toList(),
                d.get("declaredPosition") instanceof Number n ? n.longValue() : null,
                d.get("reviewPosition") instanceof Number r ? r.longValue() : null);
    }

    private static List<Long> positions(List<Document> entries) {
        return entries.stream().map(e -> ((Number) e.get("position")).longValue()).toList();
    }

    private static long cents(Document d, String field) {
        return d.get(field) instanceof Number n ? n.longValue() : 0L;
    }
}
