package be.thorpark.ledger.command.funding;

import be.thorpark.ledger.web.problem.ProblemCode;
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
import be.thorpark.ledger.events.funding.SourceCode;
import be.thorpark.ledger.events.funding.SteeringCommitteeMeetingRecorded;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A funding programme such as the campus's EUR 16 M investment: its sources and commitments, the promoter's progress
 * reports and their review by the Management Authority, and the disbursements per source.
 */
@Aggregate(snapshotTriggerDefinition = "ledgerSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class FundingProgramme {

    enum ReportStatus { SUBMITTED, REJECTED, APPROVED }

    record Source(Money committed, Money claimed) {
    }

    record Report(Period period, ReportStatus status) {
    }

    record Disbursement(SourceCode source, Money amount, boolean paid) {
    }

    @AggregateIdentifier
    private ProgrammeId programmeId;
    private Map<String, Source> sources = new HashMap<>();
    private Map<String, Report> reports = new HashMap<>();
    private Map<String, Disbursement> disbursements = new HashMap<>();

    protected FundingProgramme() {
    }

    @CommandHandler
    FundingProgramme(OpenProgramme command) {
        if (command.sources().isEmpty()) {
            throw new RuleViolation(ProblemCode.PROGRAMME_WITHOUT_SOURCES, "A programme needs at least one source.");
        }
        Set<SourceCode> codes = new HashSet<>();
        for (FundingSource source : command.sources()) {
            if (!codes.add(source.code())) {
                throw new RuleViolation(ProblemCode.DUPLICATE_SOURCE, "Source " + source.code()
                        + " is listed twice.");
            }
            if (source.committed().isZero()) {
                throw new RuleViolation(ProblemCode.COMMITMENT_ZERO, "Source " + source.code()
                        + " must commit more than 0.00.");
            }
        }
        apply(new FundingProgrammeOpened(command.programmeId(), command.name(), command.sources()));
    }

    @CommandHandler
    void handle(SubmitReport command) {
        if (reports.containsKey(command.reportId().value())) {
            throw new RuleViolation(ProblemCode.REPORT_ALREADY_SUBMITTED, "Report " + command.reportId()
                    + " was submitted already.");
        }
        apply(new ProgressReportSubmitted(programmeId, command.reportId(), command.kind(), command.period(),
                command.summary()));
    }

    @CommandHandler
    void handle(ResubmitReport command) {
        if (report(command.reportId()).status() != ReportStatus.REJECTED) {
            throw new RuleViolation(ProblemCode.REPORT_NOT_REJECTED,
                    "Only a rejected report can be resubmitted; report " + command.reportId() + " is " + report(command.reportId()).status() + ".");
        }
        apply(new ProgressReportResubmitted(programmeId, command.reportId(), command.summary()));
    }

    @CommandHandler
    void handle(ApproveReport command) {
        requireAwaitingReview(command.reportId());
        apply(new ProgressReportApproved(programmeId, command.reportId(), command.remarks()));
    }

    @CommandHandler
    void handle(RejectReport command) {
        requireAwaitingReview(command.reportId());
        apply(new ProgressReportRejected(programmeId, command.reportId(), command.remarks()));
    }

    @CommandHandler
    void handle(RequestDisbursement command) {
        if (disbursements.containsKey(command.disbursementId().value())) {
            throw new RuleViolation(ProblemCode.DISBURSEMENT_ALREADY_REQUESTED, "Disbursement "
                    + command.disbursementId() + " was requested already.");
        }
        Source source = sources.get(command.source().value());
        if (source == null) {
            throw new RuleViolation(ProblemCode.UNKNOWN_SOURCE, "The programme has no source " + command.source()
                    + "; its sources are " + sources.keySet() + ".");
        }
        if (command.amount().isZero()) {
            throw new RuleViolation(ProblemCode.DISBURSEMENT_ZERO, "A disbursement asks for more than 0.00.");
        }
        Money remaining = source.committed().minus(source.claimed());
        if (command.amount().compareTo(remaining) > 0) {
            throw new RuleViolation(ProblemCode.COMMITMENT_EXCEEDED, "Source " + command.source() + " has "
                    + remaining + " left of its " + source.committed() + " commitment; " + command.amount()
                    + " was asked for.");
        }
        Period period = command.period();
        if (command.reportId() != null) {
            Report report = report(command.reportId());
            period = period == null ? report.period() : period;
            if (command.source().isErdf()) {
                requireApprovedCovering(command.reportId(), report, period);
            }
        } else if (command.source().isErdf()) {
            throw new RuleViolation(ProblemCode.ERDF_REPORT_REQUIRED, "An ERDF disbursement names the approved "
                    + "progress report it is paid on.");
        }
        apply(new DisbursementRequested(programmeId, command.disbursementId(), command.source(), command.amount(),
                command.reportId(), period));
    }

    @CommandHandler
    void handle(PayDisbursement command) {
        Disbursement disbursement = disbursements.get(command.disbursementId().value());
        if (disbursement == null) {
            throw new RuleViolation(ProblemCode.DISBURSEMENT_NOT_FOUND, "No disbursement " + command.disbursementId()
                    + " was requested in this programme.");
        }
        if (disbursement.paid()) {
            throw new RuleViolation(ProblemCode.DISBURSEMENT_ALREADY_PAID, "Disbursement " + command.disbursementId()
                    + " was paid already.");
        }
        apply(new DisbursementPaid(programmeId, command.disbursementId(), disbursement.source(),
                disbursement.amount(), command.paidOn()));
    }

    @CommandHandler
    void handle(RecordMeeting command) {
        apply(new SteeringCommitteeMeetingRecorded(programmeId, command.meetingId(), command.date(),
                command.participants(), command.decisions()));
    }

    private static void requireApprovedCovering(ReportId reportId, Report report, Period period) {
        if (report.status() != ReportStatus.APPROVED) {
            throw new RuleViolation(ProblemCode.ERDF_REPORT_NOT_APPROVED, "ERDF money is paid only after the "
                    + "Management Authority approved the report; report " + reportId + " is " + report.status()
                    + ".");
        }
        if (!report.period().covers(period)) {
            throw new RuleViolation(ProblemCode.ERDF_REPORT_PERIOD_NOT_COVERED, "Report " + reportId + " covers "
                    + report.period().from() + " to " + report.period().to() + ", not the disbursement's period "
                    + period.from() + " to " + period.to() + ".");
        }
    }

    private void requireAwaitingReview(ReportId reportId) {
        ReportStatus status = report(reportId).status();
        if (status != ReportStatus.SUBMITTED) {
            throw new RuleViolation(ProblemCode.REPORT_ALREADY_REVIEWED, "Report " + reportId + " is " + status
                    + "; only a submitted report awaits review.");
        }
    }

    private Report report(ReportId reportId) {
        Report report = reports.get(reportId.value());
        if (report == null) {
            throw new RuleViolation(ProblemCode.REPORT_NOT_FOUND, "No report " + reportId + " was submitted in this "
                    + "programme.");
        }
        return report;
    }

    @EventSourcingHandler
    void on(FundingProgrammeOpened event) {
        programmeId = event.programmeId();
        event.sources().forEach(s -> sources.put(s.code().value(), new Source(s.committed(), Money.ZERO)));
    }

    @EventSourcingHandler
    void on(ProgressReportSubmitted event) {
        reports.put(event.reportId().value(), new Report(event.period(), ReportStatus.SUBMITTED));
    }

    @EventSourcingHandler
    void on(ProgressReportResubmitted event) {
        reports.computeIfPresent(event.reportId().value(), (id, r) -> new Report(r.period(), ReportStatus.SUBMITTED));
    }

    @EventSourcingHandler
    void on(ProgressReportApproved event) {
        reports.computeIfPresent(event.reportId().value(), (id, r) -> new Report(r.period(), ReportStatus.APPROVED));
    }

    @EventSourcingHandler
    void on(ProgressReportRejected event) {
        reports.computeIfPresent(event.reportId().value(), (id, r) -> new Report(r.period(), ReportStatus.REJECTED));
    }

    @EventSourcingHandler
    void on(DisbursementRequested event) {
        disbursements.put(event.disbursementId().value(),
                new Disbursement(event.source(), event.amount(), false));
        sources.computeIfPresent(event.source().value(),
                (code, s) -> new Source(s.committed(), s.claimed().plus(event.amount())));
    }

    @EventSourcingHandler
    void on(DisbursementPaid event) {
        disbursements.computeIfPresent(event.disbursementId().value(),
                (id, d) -> new Disbursement(d.source(), d.amount(), true));
    }
}
