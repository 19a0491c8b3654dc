package be.thorpark.ledger.query.claims;

import static be.thorpark.ledger.query.view.InMemoryViews.event;
import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.events.DisbursementId;
import be.thorpark.ledger.events.LineId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.Period;
import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.Rate;
import be.thorpark.ledger.events.ReportId;
import be.thorpark.ledger.events.VatNumber;
import be.thorpark.ledger.events.funding.CostCategory;
import be.thorpark.ledger.events.funding.DisbursementPaid;
import be.thorpark.ledger.events.funding.DisbursementRequested;
import be.thorpark.ledger.events.funding.EvidenceDocument;
import be.thorpark.ledger.events.funding.ExpenditureLineAccepted;
import be.thorpark.ledger.events.funding.ExpenditureLineDeclared;
import be.thorpark.ledger.events.funding.ExpenditureLineRefused;
import be.thorpark.ledger.events.funding.ExpenditureLineWithdrawn;
import be.thorpark.ledger.events.funding.FundingProgrammeOpened;
import be.thorpark.ledger.events.funding.FundingSource;
import be.thorpark.ledger.events.funding.ProgressReportApproved;
import be.thorpark.ledger.events.funding.ProgressReportDrafted;
import be.thorpark.ledger.events.funding.ProgressReportRejected;
import be.thorpark.ledger.events.funding.ProgressReportResubmitted;
import be.thorpark.ledger.events.funding.ProgressReportSubmitted;
import be.thorpark.ledger.events.funding.ReportKind;
import be.thorpark.ledger.events.funding.SourceCode;
import be.thorpark.ledger.events.funding.Supplier;
import be.thorpark.ledger.query.view.InMemoryViews;
import be.thorpark.ledger.query.view.ViewEvent;
import be.thorpark.ledger.query.view.ViewWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsOverviewTest {

    static final ProgrammeId PROGRAMME = ProgrammeId.of("programme-smart-manufacturing-campus");
    static final String P = PROGRAMME.value();
    static final ReportId REPORT = ReportId.of("report-2022-financial");
    static final Period YEAR = new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
    static final Supplier BUILDER =
            new Supplier("Bouwbedrijf Limburg NV", VatNumber.parse("BE0403170701"));
    static final EvidenceDocument INVOICE =
            new EvidenceDocument("b".repeat(64), "invoice.pdf", "application/pdf", 10);
    static final LocalDate DECIDED = LocalDate.of(2023, 3, 15);

    private final InMemoryViews mongo = InMemoryViews.shared();

    static ExpenditureLineDeclared line(String id, String invoice, String eligible) {
        return new ExpenditureLineDeclared(
                PROGRAMME,
                REPORT,
                LineId.of(id),
                BUILDER,
                invoice,
                LocalDate.of(2022, 5, 2),
                LocalDate.of(2022, 6, 1),
                "Works",
                CostCategory.CONSTRUCTION_WORKS,
                Money.parse(eligible),
                Money.parse(eligible),
                List.of(INVOICE));
    }

    static List<ViewEvent> history() {
        return List.of(
                event(
                        1,
                        P,
                        0,
                        new FundingProgrammeOpened(
                                PROGRAMME,
                                "Campus",
                                List.of(
                                        new FundingSource(
                                                SourceCode.ERDF,
                                                "ERDF",
                                                Money.parse("5200000.00"),
                                                Rate.parse("40.00")),
                                        new FundingSource(
                                                SourceCode.of("BANK"),
                                                "Bank",
                                                Money.parse("6000000.00"))))),
                event(
                        2,
                        P,
                        1,
                        new ProgressReportDrafted(
                                PROGRAMME, REPORT, ReportKind.FINANCIAL, YEAR, "2022")),
                event(3, P, 2, line("line-steel", "S-1", "6400000.00")),
                event(4, P, 3, line("line-fees", "F-1", "900000.00")),
                event(
                        5,
                        P,
                        4,
                        new ProgressReportSubmitted(
                                PROGRAMME, REPORT, ReportKind.FINANCIAL, YEAR, "2022")),
                event(
                        6,
                        P,
                        5,
                        new ProgressReportRejected(
                                PROGRAMME, REPORT, "fees", DECIDED.minusDays(30))),
                event(
                        7,
                        P,
                        6,
                        new ExpenditureLineWithdrawn(PROGRAMME, REPORT, LineId.of("line-fees"))),
                event(8, P, 7, line("line-halls", "H-1", "5000000.00")),
                event(9, P, 8, new ProgressReportResubmitted(PROGRAMME, REPORT, "2022, corrected")),
                event(
                        10,
                        P,
                        9,
                        new ExpenditureLineAccepted(
                                PROGRAMME,
                                REPORT,
                                LineId.of("line-steel"),
                                Money.parse("6300000.00"),
                                "site huts cut")),
                event(
                        11,
                        P,
                        10,
                        new ExpenditureLineRefused(
                                PROGRAMME, REPORT, LineId.of("line-halls"), "scope")),
                event(
                        12,
                        P,
                        11,
                        new ProgressReportApproved(
                                PROGRAMME, REPORT, null, DECIDED, Money.parse("6300000.00"))),
                event(
                        13,
                        P,
                        12,
                        new DisbursementRequested(
                                PROGRAMME,
                                DisbursementId.of("disbursement-1"),
                                SourceCode.ERDF,
                                Money.parse("2000000.00"),
                                REPORT,
                                YEAR,
                                DECIDED)),
                event(
                        14,
                        P,
                        13,
                        new DisbursementPaid(
                                PROGRAMME,
                                DisbursementId.of("disbursement-1"),
                                SourceCode.ERDF,
                                Money.parse("2000000.00"),
                                DECIDED.plusDays(20))));
    }

    static ViewWriter fed(ViewWriter target, List<ViewEvent> events) {
        ClaimsProjection projection = new ClaimsProjection();
        events.forEach(e -> projection.apply(e, target));
        return target;
    }

    @Test
    void erdfMayStillClaimItsRateOfTheApprovedCostsMinusWhatWasRequested() {
        ViewWriter target = fed(mongo.freshTarget(), history());

        ClaimsOverview.SourceClaim erdf =
                new ClaimsOverview(target).programme(P).orElseThrow().sources().get(0);

        assertThat(erdf.approvedEligible()).isEqualTo("6300000.00");
        assertThat(erdf.share()).isEqualTo("2520000.00");
        assertThat(erdf.requested()).isEqualTo("2000000.00");
        assertThat(erdf.paid()).isEqualTo("2000000.00");
        assertThat(erdf.claimable()).isEqualTo("520000.00");
        assertThat(erdf.lineage())
                .isEqualTo(new ClaimsOverview.Lineage(List.of(12L), List.of(13L), List.of(14L)));
    }

    @Test
    void aSourceWithoutARateIsBoundByItsCommitmentAlone() {
        ViewWriter target = fed(mongo.freshTarget(), history());

        ClaimsOverview.SourceClaim bank =
                new ClaimsOverview(target).programme(P).orElseThrow().sources().get(1);

        assertThat(bank.claimable()).isEqualTo("6000000.00");
        assertThat(bank.share()).isNull();
    }

    @Test
    void theReportShowsItsCurrentLinesWithTheirReview() {
        ViewWriter target = fed(mongo.freshTarget(), history());

        ClaimsOverview.Report report =
                new ClaimsOverview(target).report(P, REPORT.value()).orElseThrow();

        assertThat(report.status()).isEqualTo("APPROVED");
        assertThat(report.decidedOn()).isEqualTo("2023-03-15");
        assertThat(report.decisionPosition()).isEqualTo(12L);
        assertThat(report.lines())
                .extracting(
                        ClaimsOverview.Line::lineId,
                        ClaimsOverview.Line::status,
                        ClaimsOverview.Line::acceptedEligible)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("line-steel", "ACCEPTED", "6300000.00"),
                        org.assertj.core.groups.Tuple.tuple("line-halls", "REFUSED", "0.00"));
    }

    @Test
    void replayingTheHistoryTwiceChangesNothing() {
        ViewWriter target = fed(fed(mongo.freshTarget(), history()), history());

        ClaimsOverview.SourceClaim erdf =
                new ClaimsOverview(target).programme(P).orElseThrow().sources().get(0);

        assertThat(erdf.requested()).isEqualTo("2000000.00");
        assertThat(erdf.claimable()).isEqualTo("520000.00");
    }
}
