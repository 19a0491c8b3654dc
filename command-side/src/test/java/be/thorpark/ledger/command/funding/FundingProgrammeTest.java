package be.thorpark.ledger.command.funding;

import static be.thorpark.ledger.command.CampusMother.BANK;
import static be.thorpark.ledger.command.CampusMother.CAMPUS_PROGRAMME;
import static be.thorpark.ledger.command.CampusMother.CAMPUS_PROGRAMME_NAME;
import static be.thorpark.ledger.command.CampusMother.CAMPUS_PROGRAMME_OPENED;
import static be.thorpark.ledger.command.CampusMother.CAMPUS_SOURCES;
import static be.thorpark.ledger.command.CampusMother.CAPITAL;
import static be.thorpark.ledger.command.CampusMother.ERDF;
import static be.thorpark.ledger.command.CampusMother.HERMES;
import static be.thorpark.ledger.command.rules.RuleViolationMatchers.withCode;

import be.thorpark.ledger.command.funding.FundingCommands.ApproveReport;
import be.thorpark.ledger.command.funding.FundingCommands.OpenProgramme;
import be.thorpark.ledger.command.funding.FundingCommands.PayDisbursement;
import be.thorpark.ledger.command.funding.FundingCommands.RecordMeeting;
import be.thorpark.ledger.command.funding.FundingCommands.RejectReport;
import be.thorpark.ledger.command.funding.FundingCommands.RequestDisbursement;
import be.thorpark.ledger.command.funding.FundingCommands.ResubmitReport;
import be.thorpark.ledger.command.funding.FundingCommands.SubmitReport;
import be.thorpark.ledger.command.rules.RuleViolation;
import be.thorpark.ledger.events.DisbursementId;
import be.thorpark.ledger.events.MeetingId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.Period;
import be.thorpark.ledger.events.ReportId;
import be.thorpark.ledger.events.funding.DisbursementPaid;
import be.thorpark.ledger.events.funding.DisbursementRequested;
import be.thorpark.ledger.events.funding.FundingSource;
import be.thorpark.ledger.events.funding.ProgressReportApproved;
import be.thorpark.ledger.events.funding.ProgressReportRejected;
import be.thorpark.ledger.events.funding.ProgressReportResubmitted;
import be.thorpark.ledger.events.funding.ProgressReportSubmitted;
import be.thorpark.ledger.events.funding.ReportKind;
import be.thorpark.ledger.events.funding.SourceCode;
import be.thorpark.ledger.events.funding.SteeringCommitteeMeetingRecorded;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FundingProgrammeTest {

    private static final Period FIRST_HALF_2026 =
            new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    private static final Period SECOND_HALF_2026 =
            new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31));
    private static final ReportId FIRST_REPORT = ReportId.of("report-2026-h1-financial");
    private static final ReportId UNKNOWN_REPORT = ReportId.of("report-2031-h1-financial");
    private static final DisbursementId FIRST_ERDF_TRANCHE =
            DisbursementId.of("disbursement-erdf-2026-h1");
    private static final DisbursementId BANK_DRAWDOWN = DisbursementId.of("disbursement-bank-1");

    private static final ProgressReportSubmitted FIRST_REPORT_SUBMITTED =
            new ProgressReportSubmitted(
                    CAMPUS_PROGRAMME,
                    FIRST_REPORT,
                    ReportKind.FINANCIAL,
                    FIRST_HALF_2026,
                    "Shell of phase 1 completed; EUR 4.1 M invoiced.");
    private static final ProgressReportRejected FIRST_REPORT_REJECTED =
            new ProgressReportRejected(
                    CAMPUS_PROGRAMME, FIRST_REPORT, "Invoices of the steel works are missing.");
    private static final ProgressReportResubmitted FIRST_REPORT_RESUBMITTED =
            new ProgressReportResubmitted(
                    CAMPUS_PROGRAMME, FIRST_REPORT, "Steel-works invoices added.");
    private static final ProgressReportApproved FIRST_REPORT_APPROVED =
            new ProgressReportApproved(CAMPUS_PROGRAMME, FIRST_REPORT, "Approved.");

    private AggregateTestFixture<FundingProgramme> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(FundingProgramme.class);
    }

    private static RequestDisbursement request(
            DisbursementId id, SourceCode source, String amount, ReportId report, Period period) {
        return new RequestDisbursement(
                CAMPUS_PROGRAMME, id, source, Money.parse(amount), report, period, null);
    }

    private static DisbursementRequested requested(
            DisbursementId id, SourceCode source, String amount, ReportId report, Period period) {
        return new DisbursementRequested(
                CAMPUS_PROGRAMME, id, source, Money.parse(amount), report, period);
    }

    @Nested
    class Opening {

        @Test
        void openingTheCampusProgrammeRecordsItsFourSources() {
            fixture.givenNoPriorActivity()
                    .when(
                            new OpenProgramme(
                                    CAMPUS_PROGRAMME, CAMPUS_PROGRAMME_NAME, CAMPUS_SOURCES))
                    .expectEvents(CAMPUS_PROGRAMME_OPENED);
        }

        @Test
        void aProgrammeWithoutSourcesIsRejected() {
            fixture.givenNoPriorActivity()
                    .when(new OpenProgramme(CAMPUS_PROGRAMME, CAMPUS_PROGRAMME_NAME, List.of()))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("PROGRAMME_WITHOUT_SOURCES"))
                    .expectNoEvents();
        }

        @Test
        void aSourceListedTwiceIsRejected() {
            List<FundingSource> twice =
                    List.of(
                            CAMPUS_SOURCES.get(0),
                            CAMPUS_SOURCES.get(1),
                            new FundingSource(
                                    HERMES,
                                    "Hermes fund, second tranche",
                                    Money.parse("250000.00")));

            fixture.givenNoPriorActivity()
                    .when(new OpenProgramme(CAMPUS_PROGRAMME, CAMPUS_PROGRAMME_NAME, twice))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("DUPLICATE_SOURCE"))
                    .expectExceptionMessage("Source HERMES is listed twice.")
                    .expectNoEvents();
        }

        @Test
        void aSourceCommittingNothingIsRejected() {
            List<FundingSource> sources =
                    List.of(
                            CAMPUS_SOURCES.get(0),
                            new FundingSource(CAPITAL, "Shareholders' capital", Money.ZERO));

            fixture.givenNoPriorActivity()
                    .when(new OpenProgramme(CAMPUS_PROGRAMME, CAMPUS_PROGRAMME_NAME, sources))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("COMMITMENT_ZERO"))
                    .expectNoEvents();
        }
    }

    @Nested
    class ProgressReports {

        @Test
        void thePromoterSubmitsAReportForAPeriod() {
            fixture.given(CAMPUS_PROGRAMME_OPENED)
                    .when(
                            new SubmitReport(
                                    CAMPUS_PROGRAMME,
                                    FIRST_REPORT,
                                    ReportKind.FINANCIAL,
                                    FIRST_HALF_2026,
                                    FIRST_REPORT_SUBMITTED.summary(),
                                    null))
                    .expectEvents(FIRST_REPORT_SUBMITTED);
        }

        @Test
        void submittingAReportTwiceIsRejected() {
            fixture.given(CAMPUS_PROGRAMME_OPENED, FIRST_REPORT_SUBMITTED)
                    .when(
                            new SubmitReport(
                                    CAMPUS_PROGRAMME,
                                    FIRST_REPORT,
                                    ReportKind.CONTENT,
                                    SECOND_HALF_2026,
                                    "Second half.",
                                    null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("REPORT_ALREADY_SUBMITTED"))
                    .expectNoEvents();
        }

        @Test
        void theManagementAuthorityApprovesASubmittedReport() {
            fixture.given(CAMPUS_PROGRAMME_OPENED, FIRST_REPORT_SUBMITTED)
                    .when(new ApproveReport(CAMPUS_PROGRAMME, FIRST_REPORT, "Approved.", null))
                    .expectEvents(FIRST_REPORT_APPROVED);
        }

        @Test
        void theManagementAuthorityRejectsASubmittedReportWithRemarks() {
            fixture.given(CAMPUS_PROGRAMME_OPENED, FIRST_REPORT_SUBMITTED)
                    .when(
                            new RejectReport(
                                    CAMPUS_PROGRAMME,
                                    FIRST_REPORT,
                                    FIRST_REPORT_REJECTED.remarks(),
                                    null))
                    .expectEvents(FIRST_REPORT_REJECTED);
        }

        @Test
        void aRejectedReportIsResubmittedAndAwaitsReviewAgain() {
            fixture.given(CAMPUS_PROGRAMME_OPENED, FIRST_REPORT_SUBMITTED, FIRST_REPORT_REJECTED)
                    .andGivenCommands(
                            new ResubmitReport(
                                    CAMPUS_PROGRAMME,
                                    FIRST_REPORT,
                                    FIRST_REPORT_RESUBMITTED.summary(),
                                    null))
                    .when(new ApproveReport(CAMPUS_PROGRAMME, FIRST_REPORT, "Approved.", null))
                    .expectEvents(FIRST_REPORT_APPROVED);
        }

        @Test
        void resubmittingARejectedReportRecordsTheRevisedSummary() {
            fixture.given(CAMPUS_PROGRAMME_OPENED, FIRST_REPORT_SUBMITTED, FIRST_REPORT_REJECTED)
                    .when(
                            new ResubmitReport(
                                    CAMPUS_PROGRAMME,
                                    FIRST_REPORT,
                                    FIRST_REPORT_RESUBMITTED.summary(),
                                    null))
                    .expectEvents(FIRST_REPORT_RESUBMITTED);
        }

        @Test
        void resubmittingAReportAwaitingReviewIsRejected() {
            fixture.given(CAMPUS_PROGRAMME_OPENED, FIRST_REPORT_SUBMITTED)
                    .when(new ResubmitReport(CAMPUS_PROGRAMME, FIRST_REPORT, "Again.", null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("REPORT_NOT_REJECTED"))
                    .expectNoEvents();
        }

        @Test
        void resubmittingAnApprovedReportIsRejected() {
            fixture.given(CAMPUS_PROGRAMME_OPENED, FIRST_REPORT_SUBMITTED, FIRST_REPORT_APPROVED)
                    .when(new ResubmitReport(CAMPUS_PROGRAMME, FIRST_REPORT, "Again.", null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("REPORT_NOT_REJECTED"))
                    .expectNoEvents();
        }

        @Test
        void resubmittingAnUnknownReportIsRejected() {
            fixture.given(CAMPUS_PROGRAMME_OPENED)
                    .when(new ResubmitReport(CAMPUS_PROGRAMME, UNKNOWN_REPORT, "Again.", null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("REPORT_NOT_FOUND"))
                    .expectNoEvents();
        }

        @Test
        void approvingAnUnknownReportIsRejected() {
            fixture.given(CAMPUS_PROGRAMME_OPENED)
                    .when(new ApproveReport(CAMPUS_PROGRAMME, UNKNOWN_REPORT, "Approved.", null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("REPORT_NOT_FOUND"))
                    .expectNoEvents();
        }

        @Test
        void rejectingAnUnknownReportIsRejected() {
            fixture.given(CAMPUS_PROGRAMME_OPENED)
                    .when(new RejectReport(CAMPUS_PROGRAMME, UNKNOWN_REPORT, "No.", null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("REPORT_NOT_FOUND"))
                    .expectNoEvents();
        }

        @Test
        void approvingAReportTwiceIsRejected() {
            fixture.given(CAMPUS_PROGRAMME_OPENED, FIRST_REPORT_SUBMITTED, FIRST_REPORT_APPROVED)
                    .when(
                            new ApproveReport(
                                    CAMPUS_PROGRAMME, FIRST_REPORT, "Approved again.", null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("REPORT_ALREADY_REVIEWED"))
                    .expectNoEvents();
        }

        @Test
        void approvingARejectedReportBeforeItIsResubmittedIsRejected() {
            fixture.given(CAMPUS_PROGRAMME_OPENED, FIRST_REPORT_SUBMITTED, FIRST_REPORT_REJECTED)
                    .when(
                            new ApproveReport(
                                    CAMPUS_PROGRAMME, FIRST_REPORT, "Approved after all.", null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("REPORT_ALREADY_REVIEWED"))
                    .expectNoEvents();
        }

        @Test
        void rejectingAnApprovedReportIsRejected() {
            fixture.given(CAMPUS_PROGRAMME_OPENED, FIRST_REPORT_SUBMITTED, FIRST_REPORT_APPROVED)
                    .when(
                            new RejectReport(
                                    CAMPUS_PROGRAMME, FIRST_REPORT, "Second thoughts.", null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("REPORT_ALREADY_REVIEWED"))
                    .expectNoEvents();
        }

        @Test
        void rejectingAReportTwiceIsRejected() {
            fixture.given(CAMPUS_PROGRAMME_OPENED, FIRST_REPORT_SUBMITTED, FIRST_REPORT_REJECTED)
                    .when(new RejectReport(CAMPUS_PROGRAMME, FIRST_REPORT, "Still missing.", null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("REPORT_ALREADY_REVIEWED"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Disbursements {

        @Test
        void anErdfDisbursementOnAnApprovedReportCoveringItsPeriodIsRequested() {
            fixture.given(CAMPUS_PROGRAMME_OPENED, FIRST_REPORT_SUBMITTED, FIRST_REPORT_APPROVED)
                    .when(
                            request(
                                    FIRST_ERDF_TRANCHE,
                                    ERDF,
                                    "1300000.00",
                                    FIRST_REPORT,
                                    FIRST_HALF_2026))
                    .expectEvents(
                            requested(
                                    FIRST_ERDF_TRANCHE,
                                    ERDF,
                                    "1300000.00",
                                    FIRST_REPORT,
                                    FIRST_HALF_2026));
        }

        @Test
        void anErdfDisbursementWithoutAPeriodTakesTheReportsPeriod() {
            fixture.given(CAMPUS_PROGRAMME_OPENED, FIRST_REPORT_SUBMITTED, FIRST_REPORT_APPROVED)
                    .when(request(FIRST_ERDF_TRANCHE, ERDF, "1300000.00", FIRST_REPORT, null))
                    .expectEvents(
                            requested(
                                    FIRST_ERDF_TRANCHE,
                                    ERDF,
                                    "1300000.00",
                                    FIRST_REPORT,
                                    FIRST_HALF_2026));
        }

        @Test
        void anErdfDisbursementForPartOfTheReportsPeriodIsRequested() {
            Period firstQuarter = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

            fixture.given(CAMPUS_PROGRAMME_OPENED, FIRST_REPORT_SUBMITTED, FIRST_REPORT_APPROVED)
                    .when(
                            request(
                                    FIRST_ERDF_TRANCHE,
                                    ERDF,
                                    "650000.00",
                                    FIRST_REPORT,
                                    firstQuarter))
                    .expectEvents(
                            requested(
                                    FIRST_ERDF_TRANCHE,
                                    ERDF,
                                    "650000.00",
                                    FIRST_REPORT,
                                    firstQuarter));
        }

        @Test
        void cannotRequestAnErdfDisbursementWithoutAReport() {
            fixture.given(CAMPUS_PROGRAMME_OPENED)
                    .when(request(FIRST_ERDF_TRANCHE, ERDF, "1300000.00", null, FIRST_HALF_2026))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("ERDF_REPORT_REQUIRED"))
                    .expectNoEvents();
        }

        @Test
        void cannotRequestAnErdfDisbursementOnAnUnknownReport() {
            fixture.given(CAMPUS_PROGRAMME_OPENED)
                    .when(
                            request(
                                    FIRST_ERDF_TRANCHE,
                                    ERDF,
                                    "1300000.00",
                                    UNKNOWN_REPORT,
                                    FIRST_HALF_2026))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("REPORT_NOT_FOUND"))
                    .expectNoEvents();
        }

        @Test
        void cannotRequestAnErdfDisbursementBeforeTheReportIsApproved() {
            fixture.given(CAMPUS_PROGRAMME_OPENED, FIRST_REPORT_SUBMITTED)
                    .when(
                            request(
                                    FIRST_ERDF_TRANCHE,
                                    ERDF,
                                    "1300000.00",
                                    FIRST_REPORT,
                                    FIRST_HALF_2026))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("ERDF_REPORT_NOT_APPROVED"))
                    .expectNoEvents();
        }

        @Test
        void cannotRequestAnErdfDisbursementOnARejectedReport() {
            fixture.given(CAMPUS_PROGRAMME_OPENED, FIRST_REPORT_SUBMITTED, FIRST_REPORT_REJECTED)
                    .when(
                            request(
                                    FIRST_ERDF_TRANCHE,
                                    ERDF,
                                    "1300000.00",
                                    FIRST_REPORT,
                                    FIRST_HALF_2026))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("ERDF_REPORT_NOT_APPROVED"))
                    .expectNoEvents();
        }

        @Test
        void cannotRequestAnErdfDisbursementOnAResubmittedReportAwaitingReview() {
            fixture.given(
                            CAMPUS_PROGRAMME_OPENED,
                            FIRST_REPORT_SUBMITTED,
                            FIRST_REPORT_REJECTED,
                            FIRST_REPORT_RESUBMITTED)
                    .when(
                            request(
                                    FIRST_ERDF_TRANCHE,
                                    ERDF,
                                    "1300000.00",
                                    FIRST_REPORT,
                                    FIRST_HALF_2026))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("ERDF_REPORT_NOT_APPROVED"))
                    .expectNoEvents();
        }

        @Test
        void cannotRequestAnErdfDisbursementForAPeriodTheReportDoesNotCover() {
            Period wholeYear = new Period(FIRST_HALF_2026.from(), SECOND_HALF_2026.to());

            fixture.given(CAMPUS_PROGRAMME_OPENED, FIRST_REPORT_SUBMITTED, FIRST_REPORT_APPROVED)
                    .when(request(FIRST_ERDF_TRANCHE, ERDF, "2600000.00", FIRST_REPORT, wholeYear))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("ERDF_REPORT_PERIOD_NOT_COVERED"))
                    .expectNoEvents();
        }

        @Test
        void otherSourcesAreDisbursedWithoutAReport() {
            fixture.given(CAMPUS_PROGRAMME_OPENED)
                    .when(request(BANK_DRAWDOWN, BANK, "2000000.00", null, null))
                    .expectEvents(requested(BANK_DRAWDOWN, BANK, "2000000.00", null, null));
        }

        @Test
        void otherSourcesMayNameAReportThatIsNotApprovedYet() {
            fixture.given(CAMPUS_PROGRAMME_OPENED, FIRST_REPORT_SUBMITTED)
                    .when(request(BANK_DRAWDOWN, BANK, "2000000.00", FIRST_REPORT, null))
                    .expectEvents(
                            requested(
                                    BANK_DRAWDOWN,
                                    BANK,
                                    "2000000.00",
                                    FIRST_REPORT,
                                    FIRST_HALF_2026));
        }

        @Test
        void cannotRequestADisbursementFromASourceTheProgrammeDoesNotHave() {
            fixture.given(CAMPUS_PROGRAMME_OPENED)
                    .when(request(BANK_DRAWDOWN, SourceCode.of("REGION"), "100000.00", null, null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("UNKNOWN_SOURCE"))
                    .expectNoEvents();
        }

        @Test
        void cannotRequestADisbursementOfNothing() {
            fixture.given(CAMPUS_PROGRAMME_OPENED)
                    .when(request(BANK_DRAWDOWN, BANK, "0.00", null, null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("DISBURSEMENT_ZERO"))
                    .expectNoEvents();
        }

        @Test
        void aSourceIsDisbursedUpToItsWholeCommitment() {
            fixture.given(CAMPUS_PROGRAMME_OPENED)
                    .when(request(BANK_DRAWDOWN, HERMES, "1000000.00", null, null))
                    .expectEvents(requested(BANK_DRAWDOWN, HERMES, "1000000.00", null, null));
        }

        @Test
        void cannotRequestMoreThanTheSourceCommitted() {
            fixture.given(CAMPUS_PROGRAMME_OPENED)
                    .when(request(BANK_DRAWDOWN, HERMES, "1000000.01", null, null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("COMMITMENT_EXCEEDED"))
                    .expectNoEvents();
        }

        @Test
        void cannotRequestMoreThanWhatIsLeftAfterRequestedAndPaidDisbursements() {
            DisbursementId paid = DisbursementId.of("disbursement-capital-1");
            DisbursementId pending = DisbursementId.of("disbursement-capital-2");

            fixture.given(
                            CAMPUS_PROGRAMME_OPENED,
                            requested(paid, CAPITAL, "2000000.00", null, null),
                            new DisbursementPaid(
                                    CAMPUS_PROGRAMME,
                                    paid,
                                    CAPITAL,
                                    Money.parse("2000000.00"),
                                    LocalDate.of(2026, 2, 15)),
                            requested(pending, CAPITAL, "1500000.00", null, null))
                    .when(
                            request(
                                    DisbursementId.of("disbursement-capital-3"),
                                    CAPITAL,
                                    "300000.01",
                                    null,
                                    null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("COMMITMENT_EXCEEDED"))
                    .expectExceptionMessage(
                            "Source CAPITAL has 300000.00 left of its 3800000.00 commitment; "
                                    + "300000.01 was asked for.")
                    .expectNoEvents();
        }

        @Test
        void requestingTheSameDisbursementTwiceIsRejected() {
            fixture.given(
                            CAMPUS_PROGRAMME_OPENED,
                            requested(BANK_DRAWDOWN, BANK, "2000000.00", null, null))
                    .when(request(BANK_DRAWDOWN, BANK, "2000000.00", null, null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("DISBURSEMENT_ALREADY_REQUESTED"))
                    .expectNoEvents();
        }

        @Test
        void aRequestedDisbursementIsPaidWithItsSourceAndAmount() {
            LocalDate paidOn = LocalDate.of(2026, 9, 30);

            fixture.given(
                            CAMPUS_PROGRAMME_OPENED,
                            FIRST_REPORT_SUBMITTED,
                            FIRST_REPORT_APPROVED,
                            requested(
                                    FIRST_ERDF_TRANCHE,
                                    ERDF,
                                    "1300000.00",
                                    FIRST_REPORT,
                                    FIRST_HALF_2026))
                    .when(new PayDisbursement(CAMPUS_PROGRAMME, FIRST_ERDF_TRANCHE, paidOn, null))
                    .expectEvents(
                            new DisbursementPaid(
                                    CAMPUS_PROGRAMME,
                                    FIRST_ERDF_TRANCHE,
                                    ERDF,
                                    Money.parse("1300000.00"),
                                    paidOn));
        }

        @Test
        void cannotPayADisbursementThatWasNeverRequested() {
            fixture.given(CAMPUS_PROGRAMME_OPENED)
                    .when(
                            new PayDisbursement(
                                    CAMPUS_PROGRAMME,
                                    FIRST_ERDF_TRANCHE,
                                    LocalDate.of(2026, 9, 30),
                                    null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("DISBURSEMENT_NOT_FOUND"))
                    .expectNoEvents();
        }

        @Test
        void cannotPayADisbursementTwice() {
            fixture.given(
                            CAMPUS_PROGRAMME_OPENED,
                            requested(BANK_DRAWDOWN, BANK, "2000000.00", null, null),
                            new DisbursementPaid(
                                    CAMPUS_PROGRAMME,
                                    BANK_DRAWDOWN,
                                    BANK,
                                    Money.parse("2000000.00"),
                                    LocalDate.of(2026, 3, 1)))
                    .when(
                            new PayDisbursement(
                                    CAMPUS_PROGRAMME,
                                    BANK_DRAWDOWN,
                                    LocalDate.of(2026, 3, 2),
                                    null))
                    .expectException(RuleViolation.class)
                    .expectException(withCode("DISBURSEMENT_ALREADY_PAID"))
                    .expectNoEvents();
        }
    }

    @Nested
    class SteeringCommittee {

        @Test
        void aMeetingIsRecordedWithItsParticipantsAndDecisions() {
            MeetingId meeting = MeetingId.of("meeting-2026-03-12");
            LocalDate date = LocalDate.of(2026, 3, 12);
            List<String> participants = List.of("Management Authority", "Promoter");
            List<String> decisions = List.of("First ERDF tranche after the H1 report.");

            fixture.given(CAMPUS_PROGRAMME_OPENED)
                    .when(
                            new RecordMeeting(
                                    CAMPUS_PROGRAMME, meeting, date, participants, decisions, null))
                    .expectEvents(
                            new SteeringCommitteeMeetingRecorded(
                                    CAMPUS_PROGRAMME, meeting, date, participants, decisions));
        }
    }
}
