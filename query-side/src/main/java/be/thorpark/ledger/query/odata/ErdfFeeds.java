package be.thorpark.ledger.query.odata;

import static be.thorpark.ledger.query.odata.FeedProperty.date;
import static be.thorpark.ledger.query.odata.FeedProperty.decimal;
import static be.thorpark.ledger.query.odata.FeedProperty.int64;
import static be.thorpark.ledger.query.odata.FeedProperty.int64s;
import static be.thorpark.ledger.query.odata.FeedProperty.text;
import static be.thorpark.ledger.query.odata.FeedProperty.texts;

import be.thorpark.ledger.query.claims.ClaimsCodec;
import be.thorpark.ledger.query.claims.ClaimsOverview;
import be.thorpark.ledger.query.claims.ClaimsProgrammeDocument;
import be.thorpark.ledger.query.claims.ClaimsProjection;
import be.thorpark.ledger.query.claims.ClaimsReportDocument;
import be.thorpark.ledger.query.indicators.Indicators;
import be.thorpark.ledger.query.indicators.IndicatorsProjection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The ERDF monitoring views in the feed. Each reads its view through the REST view's own code
 * ({@link ClaimsOverview}, {@link Indicators}), so a figure in the feed is the figure of the REST
 * answer at the same position: the claims per source ({@code GET
 * /api/funding-programmes/{id}/claims}), the current expenditure lines with their review ({@code
 * GET .../reports/{reportId}/lines}) and the indicators on the business date, also the enterprises
 * hosted by profile ({@code GET /api/indicators}).
 */
final class ErdfFeeds {

    private ErdfFeeds() {}

    static List<FeedSet> all() {
        return List.of(claims(), expenditureLines(), indicators(), enterprisesByProfile());
    }

    static FeedSet claims() {
        return new ComposedFeed(
                "Claims",
                "SourceClaim",
                "Id",
                ClaimsProjection.NAME,
                false,
                List.of(
                        text("Id"),
                        text("ProgrammeId"),
                        text("Code"),
                        text("Name"),
                        decimal("Committed"),
                        decimal("CoFinancingRate"),
                        decimal("ApprovedEligible"),
                        decimal("Share"),
                        decimal("Requested"),
                        decimal("Paid"),
                        decimal("Claimable"),
                        decimal("CommitmentLeft"),
                        int64s("ApprovalPositions"),
                        int64s("RequestPositions"),
                        int64s("PaymentPositions")),
                context ->
                        throughClaims(
                                context,
                                ClaimsProjection.PROGRAMMES,
                                ClaimsCodec.OPENED,
                                ClaimsCodec::programme,
                                ErdfFeeds::claimsOf));
    }

    static FeedSet expenditureLines() {
        return new ComposedFeed(
                "ExpenditureLines",
                "ExpenditureLine",
                "Id",
                ClaimsProjection.NAME,
                false,
                List.of(
                        text("Id"),
                        text("ProgrammeId"),
                        text("ReportId"),
                        text("LineId"),
                        text("SupplierName"),
                        text("SupplierVat"),
                        text("InvoiceNumber"),
                        date("InvoiceDate"),
                        date("PaymentDate"),
                        text("Description"),
                        text("Category"),
                        decimal("AmountExclVat"),
                        decimal("DeclaredEligible"),
                        text("Status"),
                        decimal("AcceptedEligible"),
                        text("ReviewRemarks"),
                        texts("Evidence"),
                        int64("DeclaredPosition"),
                        int64("ReviewPosition")),
                context ->
                        throughClaims(
                                context,
                                ClaimsProjection.REPORTS,
                                ClaimsCodec.FILED,
                                ClaimsCodec::report,
                                ErdfFeeds::linesOf));
    }

    /**
     * The entities of a claims collection, each document decoded and answered as the REST claims
     * view answers it.
     */
    private static <D> RowSource throughClaims(
            FeedContext context,
            String collection,
            Bson filter,
            Function<Document, D> decode,
            BiFunction<ClaimsOverview, D, List<Map<String, Object>>> entities) {
        return new DocumentRows(
                context.source().collection(collection),
                filter,
                docs -> {
                    ClaimsOverview claims = new ClaimsOverview(context.source());
                    return docs.stream().map(decode).map(d -> entities.apply(claims, d)).toList();
                });
    }

    /** The claims per source of one programme, as {@code GET .../claims} answers them. */
    private static List<Map<String, Object>> claimsOf(
            ClaimsOverview claims, ClaimsProgrammeDocument programme) {
        return claims.programme(programme.id())
                .map(p -> p.sources().stream().map(s -> claim(p.programmeId(), s)).toList())
                .orElse(List.of());
    }

    /** The current lines of one report, as {@code GET .../lines} answers them. */
    private static List<Map<String, Object>> linesOf(
            ClaimsOverview claims, ClaimsReportDocument report) {
        return claims.report(report.programmeId(), report.reportId())
                .map(r -> r.lines().stream().map(l -> line(r.programmeId(), l)).toList())
                .orElse(List.of());
    }

    /**
     * One entity per figure, in the REST answer's order; the business date is the request's {@code
     * date}.
     */
    static FeedSet indicators() {
        return new ComposedFeed(
                "Indicators",
                "Indicator",
                "Indicator",
                IndicatorsProjection.NAME,
                false,
                List.of(
                        text("Indicator"),
                        date("Date"),
                        text("Label"),
                        text("Unit"),
                        decimal("Value"),
                        decimal("TargetFirstPhase"),
                        decimal("TargetGoal"),
                        int64s("Lineage")),
                context ->
                        cursor -> {
                            Indicators.Answer answer =
                                    new Indicators(context.source())
                                            .on(context.date(), context.position());
                            List<FeedRow> rows = new ArrayList<>();
                            IntStream.range(0, answer.figures().size())
                                    .forEach(
                                            i ->
                                                    rows.add(
                                                            new FeedRow(
                                                                    indicator(
                                                                            context.date(),
                                                                            answer.figures()
                                                                                    .get(i)),
                                                                    String.format("%04d", i))));
                            return rows.stream()
                                    .filter(
                                            r ->
                                                    cursor == null
                                                            || r.cursor().compareTo(cursor) > 0);
                        });
    }

    /**
     * CO01's enterprises hosted on the business date by profile, as {@code enterprisesByProfile} of
     * the REST answer.
     */
    static FeedSet enterprisesByProfile() {
        return new ComposedFeed(
                "HostedEnterprisesByProfile",
                "HostedEnterprises",
                "Profile",
                IndicatorsProjection.NAME,
                false,
                List.of(text("Profile"), date("Date"), int64("Enterprises")),
                context ->
                        cursor ->
                                new Indicators(context.source())
                                                .on(context.date(), context.position())
                                                .enterprisesByProfile()
                                                .entrySet()
                                                .stream()
                                                .map(
                                                        e ->
                                                                new FeedRow(
                                                                        FeedValues.entity(
                                                                                "Profile",
                                                                                e.getKey(),
                                                                                "Date",
                                                                                context.date(),
                                                                                "Enterprises",
                                                                                e.getValue()),
                                                                        e.getKey()))
                                                .filter(
                                                        r ->
                                                                cursor == null
                                                                        || r.cursor()
                                                                                        .compareTo(
                                                                                                cursor)
                                                                                > 0));
    }

    private static Map<String, Object> claim(String programmeId, ClaimsOverview.SourceClaim s) {
        return FeedValues.entity(
                "Id", programmeId + "/" + s.code(),
                "ProgrammeId", programmeId,
                "Code", s.code(),
                "Name", s.name(),
                "Committed", amount(s.committed()),
                "CoFinancingRate", amount(s.coFinancingRate()),
                "ApprovedEligible", amount(s.approvedEligible()),
                "Share", amount(s.share()),
                "Requested", amount(s.requested()),
                "Paid", amount(s.paid()),
                "Claimable", amount(s.claimable()),
                "CommitmentLeft", amount(s.commitmentLeft()),
                "ApprovalPositions", s.lineage().approvals(),
                "RequestPositions", s.lineage().requests(),
                "PaymentPositions", s.lineage().payments());
    }

    private static Map<String, Object> line(String programmeId, ClaimsOverview.Line l) {
        return FeedValues.entity(
                "Id", programmeId + "/" + l.lineId(),
                "ProgrammeId", programmeId,
                "ReportId", l.reportId(),
                "LineId", l.lineId(),
                "SupplierName", l.supplierName(),
                "SupplierVat", l.supplierVat(),
                "InvoiceNumber", l.invoiceNumber(),
                "InvoiceDate", day(l.invoiceDate()),
                "PaymentDate", day(l.paymentDate()),
                "Description", l.description(),
                "Category", l.category(),
                "AmountExclVat", amount(l.amountExclVat()),
                "DeclaredEligible", amount(l.declaredEligible()),
                "Status", l.status(),
                "AcceptedEligible", amount(l.acceptedEligible()),
                "ReviewRemarks", l.reviewRemarks(),
                "Evidence", l.evidence().stream().map(ClaimsOverview.Evidence::sha256).toList(),
                "DeclaredPosition", l.declaredPosition(),
                "ReviewPosition", l.reviewPosition());
    }

    private static Map<String, Object> indicator(LocalDate date, Indicators.Figure f) {
        return FeedValues.entity(
                "Indicator", f.indicator(),
                "Date", date,
                "Label", f.label(),
                "Unit", f.unit(),
                "Value", amount(f.value()),
                "TargetFirstPhase", amount(f.targets().get("firstPhase")),
                "TargetGoal",
                        amount(
                                f.targets().containsKey("goal")
                                        ? f.targets().get("goal")
                                        : f.targets().get("thorParkTenYears")),
                "Lineage", f.lineage());
    }

    private static BigDecimal amount(String text) {
        return text == null ? null : new BigDecimal(text).setScale(2);
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
