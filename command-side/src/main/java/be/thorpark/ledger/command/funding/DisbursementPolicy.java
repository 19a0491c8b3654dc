package be.thorpark.ledger.command.funding;

import be.thorpark.ledger.command.funding.FundingCommands.RequestDisbursement;
import be.thorpark.ledger.command.funding.FundingProgramme.Report;
import be.thorpark.ledger.command.funding.FundingProgramme.ReportStatus;
import be.thorpark.ledger.command.funding.FundingProgramme.Source;
import be.thorpark.ledger.command.rules.RuleViolation;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.Period;
import be.thorpark.ledger.web.problem.ProblemCode;

/**
 * When a disbursement may be requested from a source, checked in this order: once per disbursement
 * id, from a source of the programme, for more than nothing, within what the source's commitment
 * has left (requested plus paid never exceeds it). ERDF money is requested on a progress report
 * that the Management Authority approved, that covers the disbursement's period (the report's own
 * when the request names none) and that was decided by the request's date. A co-financing source
 * pays at most its rate of the approved costs ({@link ClaimPolicy}).
 */
final class DisbursementPolicy {

    private DisbursementPolicy() {}

    static void requireRequestable(RequestDisbursement command, FundingProgramme programme) {
        if (programme.requested(command.disbursementId())) {
            throw new RuleViolation(
                    ProblemCode.DISBURSEMENT_ALREADY_REQUESTED,
                    "Disbursement " + command.disbursementId() + " was requested already.");
        }
        Source source = programme.source(command.source());
        if (command.amount().isZero()) {
            throw new RuleViolation(
                    ProblemCode.DISBURSEMENT_ZERO, "A disbursement asks for more than 0.00.");
        }
        Money remaining = source.committed().minus(source.claimed());
        if (command.amount().compareTo(remaining) > 0) {
            throw new RuleViolation(
                            ProblemCode.COMMITMENT_EXCEEDED,
                            "Source "
                                    + command.source()
                                    + " has "
                                    + remaining
                                    + " left of its "
                                    + source.committed()
                                    + " commitment; "
                                    + command.amount()
                                    + " was asked for.")
                    .with("remaining", remaining.toString());
        }
        if (command.reportId() != null) {
            Report report = programme.report(command.reportId());
            if (command.source().isErdf()) {
                requireApprovedCovering(
                        command,
                        report,
                        command.period() == null ? report.period() : command.period());
                ClaimPolicy.requireDecidedBy(command, report);
            }
        } else if (command.source().isErdf()) {
            throw new RuleViolation(
                    ProblemCode.ERDF_REPORT_REQUIRED,
                    "An ERDF disbursement names the approved " + "progress report it is paid on.");
        }
        if (source.rate() != null) {
            ClaimPolicy.requireClaimable(command, source, programme.approvedReports());
        }
    }

    private static void requireApprovedCovering(
            RequestDisbursement command, Report report, Period period) {
        if (report.status() != ReportStatus.APPROVED) {
            throw new RuleViolation(
                    ProblemCode.ERDF_REPORT_NOT_APPROVED,
                    "ERDF money is paid only after the "
                            + "Management Authority approved the report; report "
                            + command.reportId()
                            + " is "
                            + report.status()
                            + ".");
        }
        if (!report.period().covers(period)) {
            throw new RuleViolation(
                    ProblemCode.ERDF_REPORT_PERIOD_NOT_COVERED,
                    "Report "
                            + command.reportId()
                            + " covers "
                            + report.period().from()
                            + " to "
                            + report.period().to()
                            + ", not the disbursement's period "
                            + period.from()
                            + " to "
                            + period.to()
                            + ".");
        }
    }
}
