package be.thorpark.ledger.query.funding;

import static be.thorpark.ledger.query.view.InMemoryViews.event;
import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.events.DisbursementId;
import be.thorpark.ledger.events.MeetingId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.Period;
import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.ReportId;
import be.thorpark.ledger.events.funding.DisbursementPaid;
import be.thorpark.ledger.events.funding.DisbursementRequested;
import be.thorpark.ledger.events.funding.FundingProgrammeOpened;
import be.thorpark.ledger.events.funding.FundingSource;
import be.thorpark.ledger.events.funding.ProgressReportApproved;
import be.thorpark.ledger.events.funding.ProgressReportRejected;
import be.thorpark.ledger.events.funding.ProgressReportResubmitted;
import be.thorpark.ledger.events.funding.ProgressReportSubmitted;
import be.thorpark.ledger.events.funding.ReportKind;
import be.thorpark.ledger.events.funding.SourceCode;
import be.thorpark.ledger.events.funding.SteeringCommitteeMeetingRecorded;
import be.thorpark.ledger.query.view.InMemoryViews;
import be.thorpark.ledger.query.view.PageRequest;
import be.thorpark.ledger.query.view.ViewEvent;
import be.thorpark.ledger.query.view.ViewWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundingOverviewTest {

    static final ProgrammeId PROGRAMME = ProgrammeId.of("programme-smart-manufacturing-campus");
    static final ReportId REPORT = ReportId.of("report-2022-h1");
    static final DisbursementId FIRST = DisbursementId.of("disbursement-1");
    static final DisbursementId SECOND = DisbursementId.of("disbursement-2");
    static final DisbursementId CAPITAL = DisbursementId.of("disbursement-3");
    static final Period H1 = new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30));
    static final String P = PROGRAMME.value();

    private final InMemoryViews mongo = InMemoryViews.shared();

    static List<ViewEvent> opened() {
        return List.of(
                event(
                        1,
                        P,
                        0,
                        new FundingProgrammeOpened(
                                PROGRAMME,
                                "Smart Manufacturing Campus",
                                List.of(
                                        new FundingSource(
                                                SourceCode.ERDF,
                                                "European Regional Development Fund",
                                                Money.parse("5200000.00")),
                                        new FundingSource(
                                                SourceCode.of("HERMES"),
                                                "Hermes fund",
                                                Money.parse("1000000.00")),
                                        new FundingSource(
                                                SourceCode.of("CAPITAL"),
                                                "Capital increase NV Mo-Thor",
                                                Money.parse("3800000.00")),
                                        new FundingSource(
                                                SourceCode.of("BANK"),
                                                "Bank financing",
                                                Money.parse("6000000.00"))))));
    }

    /**
     * Report review and disbursements; recorded on their own entities, so they may overtake the
     * programme.
     */
    static List<ViewEvent> reviewAndMoney() {
        return List.of(
                event(
                        2,
                        REPORT.value(),
                        0,
                        new ProgressReportSubmitted(
                                PROGRAMME, REPORT, ReportKind.FINANCIAL, H1, "first half")),
                event(
                        3,
                        REPORT.value(),
                        1,
                        new ProgressReportRejected(PROGRAMME, REPORT, "invoices missing")),
                event(
                        4,
                        REPORT.value(),
                        2,
                        new ProgressReportResubmitted(PROGRAMME, REPORT, "first half, invoices")),
                event(
                        5,
                        REPORT.value(),
                        3,
                        new ProgressReportApproved(PROGRAMME, REPORT, "complete")),
                event(
                        6,
                        FIRST.value(),
                        0,
                        new DisbursementRequested(
                                PROGRAMME,
                                FIRST,
                                SourceCode.ERDF,
                                Money.parse("1000000.00"),
                                REPORT,
                                H1)),
                event(
                        7,
                        FIRST.value(),
                        1,
                        new DisbursementPaid(
                                PROGRAMME,
                                FIRST,
                                SourceCode.ERDF,
                                Money.parse("1000000.00"),
                                LocalDate.of(2022, 9, 15))),
                event(
                        8,
                        SECOND.value(),
                        0,
                        new DisbursementRequested(
                                PROGRAMME,
                                SECOND,
                                SourceCode.ERDF,
                                Money.parse("500000.50"),
                                REPORT,
                                H1)),
                event(
                        9,
                        CAPITAL.value(),
                        0,
                        new DisbursementRequested(
                                PROGRAMME,
                                CAPITAL,
                                SourceCode.of("CAPITAL"),
                                Money.parse("3800000.00"),
                                null,
                                null)),
                event(
                        10,
                        CAPITAL.value(),
                        1,
                        new DisbursementPaid(
                                PROGRAMME,
                                CAPITAL,
                                SourceCode.of("CAPITAL"),
                                Money.parse("3800000.00"),
                                LocalDate.of(2021, 12, 1))),
                event(
                        11,
                        P,
                        1,
                        new SteeringCommitteeMeetingRecorded(
                                PROGRAMME,
                                MeetingId.of("meeting-1"),
                                LocalDate.of(2022, 10, 4),
                                List.of("VLAIO", "NV Mo-Thor"),
                                List.of("report approved"))));
    }

    static void feed(ViewWriter target, List<ViewEvent> events) {
        FundingProjection projection = new FundingProjection();
        events.forEach(e -> projection.apply(e, target));
    }

    static List<ViewEvent> all() {
        List<ViewEvent> all = new ArrayList<>(opened());
        all.addAll(reviewAndMoney());
        return all;
    }

    @Test
    void theCampusSourcesCommitSixteenMillion() {
        ViewWriter target = mongo.freshTarget();
        feed(target, opened());

        FundingOverview.ProgrammeDetail programme =
                new FundingOverview(target).one(P).orElseThrow();

        assertThat(programme.sources())
                .extracting(FundingOverview.SourceLine::code, FundingOverview.SourceLine::committed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ERDF", "5200000.00"),
                        org.assertj.core.groups.Tuple.tuple("HERMES", "1000000.00"),
                        org.assertj.core.groups.Tuple.tuple("CAPITAL", "3800000.00"),
                        org.assertj.core.groups.Tuple.tuple("BANK", "6000000.00"));
        assertThat(programme.totals())
                .isEqualTo(
                        new FundingOverview.Amounts("16000000.00", "0.00", "0.00", "16000000.00"));
        assertThat(programme.erdfRequestPossible()).isFalse();
    }

    @Test
    void perSourceRequestedPaidAndRemainingFollowTheDisbursements() {
        ViewWriter target = mongo.freshTarget();
        feed(target, all());

        FundingOverview.ProgrammeDetail programme =
                new FundingOverview(target).one(P).orElseThrow();

        assertThat(programme.sources().get(0))
                .isEqualTo(
                        new FundingOverview.SourceLine(
                                "ERDF",
                                "European Regional Development Fund",
                                "5200000.00",
                                "500000.50",
                                "1000000.00",
                                "3699999.50"));
        assertThat(programme.sources().get(2).remaining()).isEqualTo("0.00");
        assertThat(programme.totals())
                .isEqualTo(
                        new FundingOverview.Amounts(
                                "16000000.00", "500000.50", "4800000.00", "10699999.50"));
        assertThat(programme.disbursements())
                .extracting(
                        FundingOverview.DisbursementLine::id,
                        FundingOverview.DisbursementLine::status,
                        FundingOverview.DisbursementLine::reportId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "disbursement-1",
                                FundingOverview.DisbursementStatus.PAID,
                                "report-2022-h1"),
                        org.assertj.core.groups.Tuple.tuple(
                                "disbursement-2",
                                FundingOverview.DisbursementStatus.REQUESTED,
                                "report-2022-h1"),
                        org.assertj.core.groups.Tuple.tuple(
                                "disbursement-3", FundingOverview.DisbursementStatus.PAID, null));
        assertThat(programme.erdfRequestPossible()).isTrue();
        assertThat(programme.meetings())
                .extracting(FundingOverview.MeetingLine::date)
                .containsExactly("2022-10-04");
    }

    @Test
    void aReportKeepsItsWholeReviewTrail() {
        ViewWriter target = mongo.freshTarget();
        feed(target, all());

        FundingOverview.ReportLine report =
                new FundingOverview(target).one(P).orElseThrow().reports().get(0);

        assertThat(report.status()).isEqualTo("APPROVED");
        assertThat(report.summary()).isEqualTo("first half, invoices");
        assertThat(report.trail())
                .extracting(FundingOverview.TrailEntry::action)
                .containsExactly("SUBMITTED", "REJECTED", "RESUBMITTED", "APPROVED");
        assertThat(report.trail().get(1).remarks()).isEqualTo("invoices missing");
    }

    @Test
    void erdfCannotBeRequestedWhileTheOnlyReportIsRejected() {
        ViewWriter target = mongo.freshTarget();
        feed(target, opened());
        feed(target, reviewAndMoney().subList(0, 2));

        FundingOverview.ProgrammeDetail programme =
                new FundingOverview(target).one(P).orElseThrow();

        assertThat(programme.reports().get(0).status()).isEqualTo("REJECTED");
        assertThat(programme.erdfRequestPossible()).isFalse();
    }

    @Test
    void eventsOvertakingTheProgrammeAndRepeatsLeaveTheSameDocuments() {
        ViewWriter inOrder = mongo.freshTarget();
        feed(inOrder, all());
        ViewWriter other = mongo.freshTarget();
        feed(other, reviewAndMoney().subList(0, 6));
        feed(other, opened());
        feed(other, reviewAndMoney());
        feed(other, opened());

        for (String collection :
                List.of(
                        FundingProjection.PROGRAMMES,
                        FundingProjection.REPORTS,
                        FundingProjection.DISBURSEMENTS,
                        FundingProjection.MEETINGS)) {
            assertThat(InMemoryViews.contents(other, collection))
                    .isEqualTo(InMemoryViews.contents(inOrder, collection));
        }
        assertThat(new FundingOverview(other).list(PageRequest.of(0, 50), 11).items())
                .extracting(FundingOverview.ProgrammeLine::paid)
                .containsExactly("4800000.00");
    }
}
