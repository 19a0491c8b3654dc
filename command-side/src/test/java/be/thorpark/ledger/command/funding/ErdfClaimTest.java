package be.thorpark.ledger.command.funding;

import static be.thorpark.ledger.command.rules.RuleViolationMatchers.withCode;
import static be.thorpark.ledger.command.rules.RuleViolationMatchers.withProperty;

import be.thorpark.ledger.command.funding.FundingCommands.AcceptLine;
import be.thorpark.ledger.command.funding.FundingCommands.ApproveReport;
import be.thorpark.ledger.command.funding.FundingCommands.ChangeCoFinancingRate;
import be.thorpark.ledger.command.funding.FundingCommands.DeclareLine;
import be.thorpark.ledger.command.funding.FundingCommands.RequestDisbursement;
import be.thorpark.ledger.command.funding.FundingCommands.SubmitDraft;
import be.thorpark.ledger.command.funding.FundingCommands.WithdrawLine;
import be.thorpark.ledger.events.DisbursementId;
import be.thorpark.ledger.events.LineId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.Period;
import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.Rate;
import be.thorpark.ledger.events.ReportId;
import be.thorpark.ledger.events.VatNumber;
import be.thorpark.ledger.events.funding.CoFinancingRateChanged;
import be.thorpark.ledger.events.funding.CostCategory;
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
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Expenditure declared line by line, reviewed per line, and ERDF claimed as its rate of the
 * approved costs.
 */
class ErdfClaimTest {

    static final ProgrammeId PROGRAMME = ProgrammeId.of("programme-thor-park-phase-1");
    static final SourceCode ERDF = SourceCode.ERDF;
    static final SourceCode BANK = SourceCode.of("BANK");
    static final Rate FORTY_PERCENT = Rate.parse("40.00");
    static final FundingProgrammeOpened OPENED =
            new FundingProgrammeOpened(
                    PROGRAMME,
                    "Thor Park campus investment",
                    List.of(
                            new FundingSource(
                                    ERDF,
                                    "European Regional Development Fund",
                                    Money.parse("5200000.00"),
                                    FORTY_PERCENT),
                            new FundingSource(BANK, "Bank financing", Money.parse("6000000.00"))));
    static final ReportId REPORT_2022 = ReportId.of("report-2022-financial");
    static final ReportId REPORT_2023 = ReportId.of("report-2023-financial");
    static final Period YEAR_2022 =
            new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
    static final LineId STEEL = LineId.of("line-steel-works");
    static final LineId CONCRETE = LineId.of("line-concrete");
    static final Supplier BUILDER =
            new Supplier("Bouwbedrijf Limburg NV", VatNumber.parse("0403.170.701"));
    static final EvidenceDocument INVOICE =
            new EvidenceDocument(
                    "a".repeat(64), "invoice-2022-0117.pdf", "application/pdf", 48_213);
    static final LocalDate DECIDED = LocalDate.of(2023, 3, 15);

    static final ProgressReportDrafted DRAFTED =
            new ProgressReportDrafted(
                    PROGRAMME,
                    REPORT_2022,
                    ReportKind.FINANCIAL,
                    YEAR_2022,
                    "Construction costs 2022");
    static final ExpenditureLineDeclared STEEL_DECLARED =
            declared(REPORT_2022, STEEL, "2022-0117", "1250000.00", "1200000.00");
    static final ExpenditureLineDeclared CONCRETE_DECLARED =
            declared(REPORT_2022, CONCRETE, "2022-0342", "800000.00", "800000.00");
    static final ProgressReportSubmitted SUBMITTED =
            new ProgressReportSubmitted(
                    PROGRAMME,
                    REPORT_2022,
                    ReportKind.FINANCIAL,
                    YEAR_2022,
                    "Construction costs 2022");

    private AggregateTestFixture<FundingProgramme> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(FundingProgramme.class);
    }

    static ExpenditureLineDeclared declared(
            ReportId report, LineId line, String invoice, String amount, String eligible) {
        return new ExpenditureLineDeclared(
                PROGRAMME,
                report,
                line,
                BUILDER,
                invoice,
                LocalDate.of(2022, 5, 2),
                LocalDate.of(2022, 6, 1),
                "Steel structure of hall A",
                CostCategory.CONSTRUCTION_WORKS,
                Money.parse(amount),
                Money.parse(eligible),
                List.of(INVOICE));
    }

    static DeclareLine declare(
            ReportId report, LineId line, String invoice, String amount, String eligible) {
        ExpenditureLineDeclared e = declared(report, line, invoice, amount, eligible);
        return new DeclareLine(
                PROGRAMME,
                report,
                line,
                e.supplier(),
                e.invoiceNumber(),
                e.invoiceDate(),
                e.paymentDate(),
                e.description(),
                e.category(),
                e.amountExclVat(),
                e.declaredEligible(),
                e.evidence(),
                null);
    }

    static RequestDisbursement claim(String id, String amount, LocalDate on) {
        return new RequestDisbursement(
                PROGRAMME,
                DisbursementId.of(id),
                ERDF,
                Money.parse(amount),
                REPORT_2022,
                null,
                on,
                null);
    }

    @Nested
    class Declaring {

        @Test
        void aLineIsDeclaredOnADraftFinancialReport() {
            fixture.given(OPENED, DRAFTED)
                    .when(declare(REPORT_2022, STEEL, "2022-0117", "1250000.00", "1200000.00"))
                    .expectEvents(STEEL_DECLARED);
        }

        @Test
        void theSameInvoiceOfTheSameSupplierIsNeverDeclaredTwiceAcrossReports() {
            ProgressReportDrafted second =
                    new ProgressReportDrafted(
                            PROGRAMME,
                            REPORT_2023,
                            ReportKind.FINANCIAL,
                            new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)),
                            "Costs 2023");
            fixture.given(OPENED, DRAFTED, STEEL_DECLARED, second)
                    .when(
                            declare(
                                    REPORT_2023,
                                    LineId.of("line-again"),
                                    " 2022/0117 ",
                                    "1250000.00",
                                    "1200000.00"))
                    .expectException(withCode("INVOICE_ALREADY_DECLARED"))
                    .expectNoEvents();
        }

        @Test
        void aWithdrawnInvoiceCanBeDeclaredAgain() {
            fixture.given(
                            OPENED,
                            DRAFTED,
                            STEEL_DECLARED,
                            new ExpenditureLineWithdrawn(PROGRAMME, REPORT_2022, STEEL))
                    .when(declare(REPORT_2022, CONCRETE, "2022-0117", "1250000.00", "1200000.00"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aLineAfterSubmissionIsRefused() {
            fixture.given(OPENED, DRAFTED, STEEL_DECLARED, SUBMITTED)
                    .when(declare(REPORT_2022, CONCRETE, "2022-0342", "800000.00", "800000.00"))
                    .expectException(withCode("REPORT_LINES_FROZEN"))
                    .expectNoEvents();
        }

        @Test
        void aLineIsWithdrawnOnlyBeforeSubmission() {
            fixture.given(OPENED, DRAFTED, STEEL_DECLARED, SUBMITTED)
                    .when(new WithdrawLine(PROGRAMME, REPORT_2022, STEEL, null))
                    .expectException(withCode("REPORT_LINES_FROZEN"))
                    .expectNoEvents();
        }

        @Test
        void linesChangeAgainAfterARejection() {
            fixture.given(
                            OPENED,
                            DRAFTED,
                            STEEL_DECLARED,
                            SUBMITTED,
                            new ProgressReportRejected(
                                    PROGRAMME, REPORT_2022, "Steel invoice unclear", DECIDED))
                    .when(new WithdrawLine(PROGRAMME, REPORT_2022, STEEL, null))
                    .expectEvents(new ExpenditureLineWithdrawn(PROGRAMME, REPORT_2022, STEEL));
        }

        @Test
        void anEligibleAmountAboveTheInvoiceIsRefused() {
            fixture.given(OPENED, DRAFTED)
                    .when(declare(REPORT_2022, STEEL, "2022-0117", "1000.00", "1000.01"))
                    .expectException(withCode("ELIGIBLE_ABOVE_INVOICE"))
                    .expectNoEvents();
        }

        @Test
        void aLineWithoutEvidenceIsRefused() {
            DeclareLine bare =
                    new DeclareLine(
                            PROGRAMME,
                            REPORT_2022,
                            STEEL,
                            BUILDER,
                            "2022-0117",
                            LocalDate.of(2022, 5, 2),
                            LocalDate.of(2022, 6, 1),
                            "Steel",
                            CostCategory.CONSTRUCTION_WORKS,
                            Money.parse("10.00"),
                            Money.parse("10.00"),
                            List.of(),
                            null);
            fixture.given(OPENED, DRAFTED)
                    .when(bare)
                    .expectException(withCode("EVIDENCE_REQUIRED"))
                    .expectNoEvents();
        }

        @Test
        void linesBelongOnFinancialReportsOnly() {
            fixture.given(
                            OPENED,
                            new ProgressReportDrafted(
                                    PROGRAMME,
                                    REPORT_2022,
                                    ReportKind.CONTENT,
                                    YEAR_2022,
                                    "Progress 2022"))
                    .when(declare(REPORT_2022, STEEL, "2022-0117", "1250000.00", "1200000.00"))
                    .expectException(withCode("LINES_ONLY_ON_FINANCIAL_REPORTS"))
                    .expectNoEvents();
        }

        @Test
        void submittingADraftFreezesItsLines() {
            fixture.given(OPENED, DRAFTED, STEEL_DECLARED)
                    .when(new SubmitDraft(PROGRAMME, REPORT_2022, null, null))
                    .expectEvents(SUBMITTED);
        }
    }

    @Nested
    class Reviewing {

        @Test
        void aLineIsAcceptedAtMostAtItsDeclaredEligibleAmount() {
            fixture.given(OPENED, DRAFTED, STEEL_DECLARED, SUBMITTED)
                    .when(
                            new AcceptLine(
                                    PROGRAMME,
                                    REPORT_2022,
                                    STEEL,
                                    Money.parse("1200000.01"),
                                    null,
                                    null))
                    .expectException(withCode("ACCEPTED_ABOVE_DECLARED"))
                    .expectNoEvents();
        }

        @Test
        void linesAreReviewedOnlyWhileTheReportIsSubmitted() {
            fixture.given(OPENED, DRAFTED, STEEL_DECLARED)
                    .when(
                            new AcceptLine(
                                    PROGRAMME,
                                    REPORT_2022,
                                    STEEL,
                                    Money.parse("1000.00"),
                                    null,
                                    null))
                    .expectException(withCode("REPORT_NOT_UNDER_REVIEW"))
                    .expectNoEvents();
        }

        @Test
        void aReportIsApprovedOnlyOnceEveryLineIsReviewed() {
            fixture.given(
                            OPENED,
                            DRAFTED,
                            STEEL_DECLARED,
                            CONCRETE_DECLARED,
                            SUBMITTED,
                            new ExpenditureLineAccepted(
                                    PROGRAMME, REPORT_2022, STEEL, Money.parse("1100000.00"), null))
                    .when(new ApproveReport(PROGRAMME, REPORT_2022, null, DECIDED, null))
                    .expectException(withCode("REPORT_LINES_NOT_REVIEWED"))
                    .expectNoEvents();
        }

        @Test
        void theApprovalRecordsItsDateAndTheTotalOfTheAcceptedAmounts() {
            fixture.given(
                            OPENED,
                            DRAFTED,
                            STEEL_DECLARED,
                            CONCRETE_DECLARED,
                            SUBMITTED,
                            new ExpenditureLineAccepted(
                                    PROGRAMME,
                                    REPORT_2022,
                                    STEEL,
                                    Money.parse("1100000.00"),
                                    "Scaffolding is not eligible"),
                            new ExpenditureLineRefused(
                                    PROGRAMME, REPORT_2022, CONCRETE, "No procurement file"))
                    .when(
                            new ApproveReport(
                                    PROGRAMME,
                                    REPORT_2022,
                                    "Approved with one line cut",
                                    DECIDED,
                                    null))
                    .expectEvents(
                            new ProgressReportApproved(
                                    PROGRAMME,
                                    REPORT_2022,
                                    "Approved with one line cut",
                                    DECIDED,
                                    Money.parse("1100000.00")));
        }

        @Test
        void aResubmittedReportIsReviewedAfresh() {
            fixture.given(
                            OPENED,
                            DRAFTED,
                            STEEL_DECLARED,
                            SUBMITTED,
                            new ExpenditureLineAccepted(
                                    PROGRAMME, REPORT_2022, STEEL, Money.parse("1000.00"), null),
                            new ProgressReportRejected(
                                    PROGRAMME, REPORT_2022, "Missing proof", DECIDED),
                            new ProgressReportResubmitted(PROGRAMME, REPORT_2022, "Proof added"))
                    .when(new ApproveReport(PROGRAMME, REPORT_2022, null, DECIDED, null))
                    .expectException(withCode("REPORT_LINES_NOT_REVIEWED"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Claiming {

        private final Object[] approved = {
            OPENED,
            DRAFTED,
            STEEL_DECLARED,
            SUBMITTED,
            new ExpenditureLineAccepted(
                    PROGRAMME, REPORT_2022, STEEL, Money.parse("1100000.00"), null),
            new ProgressReportApproved(
                    PROGRAMME, REPORT_2022, null, DECIDED, Money.parse("1100000.00"))
        };

        @Test
        void erdfIsClaimedUpToItsRateOfTheApprovedCosts() {
            fixture.given(approved)
                    .when(claim("disbursement-erdf-1", "440000.00", DECIDED))
                    .expectEvents(
                            new DisbursementRequested(
                                    PROGRAMME,
                                    DisbursementId.of("disbursement-erdf-1"),
                                    ERDF,
                                    Money.parse("440000.00"),
                                    REPORT_2022,
                                    YEAR_2022,
                                    DECIDED));
        }

        @Test
        void erdfOverTheClaimableAmountIsRefusedWithWhatRemains() {
            fixture.given(approved)
                    .andGiven(
                            new DisbursementRequested(
                                    PROGRAMME,
                                    DisbursementId.of("disbursement-erdf-1"),
                                    ERDF,
                                    Money.parse("400000.00"),
                                    REPORT_2022,
                                    YEAR_2022,
                                    DECIDED))
                    .when(claim("disbursement-erdf-2", "40000.01", DECIDED))
                    .expectException(withCode("CLAIM_EXCEEDS_APPROVED_COSTS"))
                    .expectException(withProperty("claimable", "40000.00"))
                    .expectNoEvents();
        }

        @Test
        void aClaimDatedBeforeTheDecisionIsRefused() {
            fixture.given(approved)
                    .when(claim("disbursement-erdf-1", "1000.00", DECIDED.minusDays(1)))
                    .expectException(withCode("CLAIM_BEFORE_DECISION"))
                    .expectNoEvents();
        }

        @Test
        void aSourceWithoutARateIsBoundOnlyByItsCommitment() {
            fixture.given(approved)
                    .when(
                            new RequestDisbursement(
                                    PROGRAMME,
                                    DisbursementId.of("disbursement-bank-1"),
                                    BANK,
                                    Money.parse("6000000.00"),
                                    null,
                                    YEAR_2022,
                                    DECIDED,
                                    null))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void theRateChangesBeforeAnyClaim() {
            fixture.given(OPENED)
                    .when(new ChangeCoFinancingRate(PROGRAMME, ERDF, Rate.parse("50.00"), null))
                    .expectEvents(new CoFinancingRateChanged(PROGRAMME, ERDF, Rate.parse("50.00")));
        }

        @Test
        void aRateChangeAfterClaimsIsRefused() {
            fixture.given(approved)
                    .andGiven(
                            new DisbursementRequested(
                                    PROGRAMME,
                                    DisbursementId.of("disbursement-erdf-1"),
                                    ERDF,
                                    Money.parse("1000.00"),
                                    REPORT_2022,
                                    YEAR_2022,
                                    DECIDED))
                    .when(new ChangeCoFinancingRate(PROGRAMME, ERDF, Rate.parse("50.00"), null))
                    .expectException(withCode("RATE_CHANGE_AFTER_CLAIMS"))
                    .expectNoEvents();
        }
    }
}
