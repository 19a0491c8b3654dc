package be.thorpark.ledger.command.funding;

import be.thorpark.ledger.command.funding.FundingCommands.RequestDisbursement;
import be.thorpark.ledger.command.funding.FundingProgramme.Report;
import be.thorpark.ledger.command.funding.FundingProgramme.Source;
import be.thorpark.ledger.command.rules.RuleViolation;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.web.problem.ProblemCode;
import java.time.LocalDate;
import java.util.List;

/**
 * The claim rule of a co-financing grant such as ERDF: what may be requested is the rate times the
 * eligible costs the Management Authority approved (in reports decided by the request's business
 * date), minus everything already requested from the source, paid or not. The commitment is checked
 * beside it, so the lower bound wins.
 */
final class ClaimPolicy {

    private ClaimPolicy() {}

    static Money claimable(Source source, List<Report> approved, LocalDate on) {
        Money costs =
                approved.stream()
                        .filter(
                                r ->
                                        on == null
                                                || r.decidedOn() == null
                                                || !r.decidedOn().isAfter(on))
                        .map(Report::approvedEligible)
                        .reduce(Money.ZERO, Money::plus);
        Money share = source.rate().of(costs);
        return share.compareTo(source.claimed()) <= 0 ? Money.ZERO : share.minus(source.claimed());
    }

    static void requireClaimable(
            RequestDisbursement command, Source source, List<Report> approved) {
        Money claimable = claimable(source, approved, command.requestedOn());
        if (command.amount().compareTo(claimable) > 0) {
            throw new RuleViolation(
                            ProblemCode.CLAIM_EXCEEDS_APPROVED_COSTS,
                            "Source "
                                    + command.source()
                                    + " co-finances "
                                    + source.rate()
                                    + " % of the approved eligible costs; "
                                    + claimable
                                    + " can still be claimed, "
                                    + command.amount()
                                    + " was asked for.")
                    .with("claimable", claimable.toString());
        }
    }

    static void requireDecidedBy(RequestDisbursement command, Report report) {
        if (command.requestedOn() != null
                && report.decidedOn() != null
                && command.requestedOn().isBefore(report.decidedOn())) {
            throw new RuleViolation(
                    ProblemCode.CLAIM_BEFORE_DECISION,
                    "The request is dated "
                            + command.requestedOn()
                            + ", before report "
                            + command.reportId()
                            + " was approved on "
                            + report.decidedOn()
                            + ".");
        }
    }
}
