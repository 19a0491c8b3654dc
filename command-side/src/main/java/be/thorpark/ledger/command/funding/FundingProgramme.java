package be.thorpark.ledger.command.funding;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import be.thorpark.ledger.command.funding.FundingCommands.AcceptLine;
import be.thorpark.ledger.command.funding.FundingCommands.ApproveReport;
import be.thorpark.ledger.command.funding.FundingCommands.ChangeCoFinancingRate;
import be.thorpark.ledger.command.funding.FundingCommands.DeclareLine;
import be.thorpark.ledger.command.funding.FundingCommands.DraftReport;
import be.thorpark.ledger.command.funding.FundingCommands.OpenProgramme;
import be.thorpark.ledger.command.funding.FundingCommands.PayDisbursement;
import be.thorpark.ledger.command.funding.FundingCommands.RecordMeeting;
import be.thorpark.ledger.command.funding.FundingCommands.RefuseLine;
import be.thorpark.ledger.command.funding.FundingCommands.RejectReport;
import be.thorpark.ledger.command.funding.FundingCommands.RequestDisbursement;
import be.thorpark.ledger.command.funding.FundingCommands.ResubmitReport;
import be.thorpark.ledger.command.funding.FundingCommands.SubmitDraft;
import be.thorpark.ledger.command.funding.FundingCommands.SubmitReport;
import be.thorpark.ledger.command.funding.FundingCommands.WithdrawLine;
import be.thorpark.ledger.command.rules.RuleViolation;
import be.thorpark.ledger.events.DisbursementId;
import be.thorpark.ledger.events.LineId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.Period;
import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.Rate;
import be.thorpark.ledger.events.ReportId;
import be.thorpark.ledger.events.funding.CoFinancingRateChanged;
import be.thorpark.ledger.events.funding.DisbursementPaid;
import be.thorpark.ledger.events.funding.DisbursementRequested;
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
import be.thorpark.ledger.events.funding.SteeringCommitteeMeetingRecorded;
import be.thorpark.ledger.web.problem.ProblemCode;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A funding programme such as the campus's EUR 16 M investment: its sources and commitments, the
 * promoter's progress reports and their review by the Management Authority, and the disbursements
 * per source.
 */
@Aggregate(snapshotTriggerDefinition = "ledgerSnapshotTrigger")
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class FundingProgramme {

    enum ReportStatus {
        DRAFT,
        SUBMITTED,
        REJECTED,
        APPROVED
    }

    record Source(Money committed, Money claimed, Rate rate) {}

    record Report(
            Period period,
            ReportKind kind,
            ReportStatus status,
            String summary,
            LocalDate decidedOn,
            Money approvedEligible) {

        Report with(ReportStatus newStatus) {
            return new Report(period, kind, newStatus, summary, decidedOn, approvedEligible);
        }

        boolean linesOpen() {
            return status == ReportStatus.DRAFT || status == ReportStatus.REJECTED;
        }
    }

    record Disbursement(SourceCode source, Money amount, boolean paid) {}

    @AggregateIdentifier private ProgrammeId programmeId;
    private Map<String, Source> sources = new HashMap<>();
    private Map<String, Report> reports = new HashMap<>();
    private Map<String, Disbursement> disbursements = new HashMap<>();
    private Map<String, ExpenditureLine> lines = new HashMap<>();
    private Map<String, String> declaredInvoices = new HashMap<>();

    protected FundingProgramme() {}

    @CommandHandler
    FundingProgramme(OpenProgramme command) {
        if (command.sources().isEmpty()) {
            throw new RuleViolation(
                    ProblemCode.PROGRAMME_WITHOUT_SOURCES,
                    "A programme needs at least one source.");
        }
        Set<SourceCode> codes = new HashSet<>();
        for (FundingSource source : command.sources()) {
            if (!codes.add(source.code())) {
                throw new RuleViolation(
                        ProblemCode.DUPLICATE_SOURCE,
                        "Source " + source.code() + " is listed twice.");
            }
            if (source.committed().isZero()) {
                throw new RuleViolation(
                        ProblemCode.COMMITMENT_ZERO,
                        "Source " + source.code() + " must commit more than 0.00.");
            }
        }
        apply(new FundingProgrammeOpened(command.programmeId(), command.name(), command.sources()));
    }

    @CommandHandler
    void handle(SubmitReport command) {
        if (reports.containsKey(command.reportId().value())) {
            throw new RuleViolation(
                    ProblemCode.REPORT_ALREADY_SUBMITTED,
                    "Report " + command.reportId() + " was submitted already.");
        }
        apply(
                new ProgressReportSubmitted(
                        programmeId,
                        command.reportId(),
                        command.kind(),
                        command.period(),
                        command.summary()));
    }

    @CommandHandler
    void handle(DraftReport command) {
        if (reports.containsKey(command.reportId().value())) {
            throw new RuleViolation(
                    ProblemCode.REPORT_ALREADY_SUBMITTED,
                    "Report " + command.reportId() + " exists already.");
        }
        apply(
                new ProgressReportDrafted(
                        programmeId,
                        command.reportId(),
                        command.kind(),
                        command.period(),
                        command.summary()));
    }

    @CommandHandler
    void handle(SubmitDraft command) {
        Report report = report(command.reportId());
        if (report.status() != ReportStatus.DRAFT) {
            throw new RuleViolation(
                    ProblemCode.REPORT_NOT_A_DRAFT,
                    "Only a draft can be submitted; report "
                            + command.reportId()
                            + " is "
                            + report.status()
                            + ".");
        }
        String summary = command.summary() == null ? report.summary() : command.summary();
        apply(
                new ProgressReportSubmitted(
                        programmeId, command.reportId(), report.kind(), report.period(), summary));
    }

    @CommandHandler
    void handle(DeclareLine command) {
        Report report = report(command.reportId());
        ExpenditurePolicy.requireDeclarable(command, report, lines, declaredInvoices);
        apply(
                new ExpenditureLineDeclared(
                        programmeId,
                        command.reportId(),
                        command.lineId(),
                        command.supplier(),
                        command.invoiceNumber(),
                        command.invoiceDate(),
                        command.paymentDate(),
                        command.description(),
                        command.category(),
                        command.amountExclVat(),
                        command.declaredEligible(),
                        command.evidence()));
    }

    @CommandHandler
    void handle(WithdrawLine command) {
        Report report = report(command.reportId());
        line(command.reportId(), command.lineId());
        if (!report.linesOpen()) {
            throw ExpenditurePolicy.frozen(command.reportId(), report);
        }
        apply(new ExpenditureLineWithdrawn(programmeId, command.reportId(), command.lineId()));
    }

    @CommandHandler
    void handle(AcceptLine command) {
        requireUnderReview(command.reportId());
        ExpenditureLine line = line(command.reportId(), command.lineId());
        if (command.acceptedEligible().compareTo(line.declaredEligible()) > 0) {
            throw new RuleViolation(
                            ProblemCode.ACCEPTED_ABOVE_DECLARED,
                            "Line "
                                    + command.lineId()
                                    + " declared "
                                    + line.declaredEligible()
                                    + " as eligible; at most that can be accepted, not "
                                    + command.acceptedEligible()
                                    + ".")
                    .with("declaredEligible", line.declaredEligible().toString());
        }
        apply(
                new ExpenditureLineAccepted(
                        programmeId,
                        command.reportId(),
                        command.lineId(),
                        command.acceptedEligible(),
                        command.remarks()));
    }

    @CommandHandler
    void handle(RefuseLine command) {
        requireUnderReview(command.reportId());
        line(command.reportId(), command.lineId());
        apply(
                new ExpenditureLineRefused(
                        programmeId, command.reportId(), command.lineId(), command.refusal()));
    }

    @CommandHandler
    void handle(ChangeCoFinancingRate command) {
        Source source = source(command.source());
        if (!source.claimed().isZero()) {
            throw new RuleViolation(
                    ProblemCode.RATE_CHANGE_AFTER_CLAIMS,
                    "Source "
                            + command.source()
                            + " has "
                            + source.claimed()
                            + " requested already at its current rate; its rate can no longer"
                            + " change.");
        }
        apply(new CoFinancingRateChanged(programmeId, command.source(), command.rate()));
    }

    @CommandHandler
    void handle(ResubmitReport command) {
        if (report(command.reportId()).status() != ReportStatus.REJECTED) {
            throw new RuleViolation(
                    ProblemCode.REPORT_NOT_REJECTED,
                    "Only a rejected report can be resubmitted; report "
                            + command.reportId()
                            + " is "
                            + report(command.reportId()).status()
                            + ".");
        }
        apply(new ProgressReportResubmitted(programmeId, command.reportId(), command.summary()));
    }

    @CommandHandler
    void handle(ApproveReport command) {
        requireAwaitingReview(command.reportId());
        List<ExpenditureLine> ofReport = linesOf(command.reportId());
        List<String> unreviewed =
                ofReport.stream().filter(l -> !l.reviewed()).map(ExpenditureLine::lineId).toList();
        if (!unreviewed.isEmpty()) {
            throw new RuleViolation(
                    ProblemCode.REPORT_LINES_NOT_REVIEWED,
                    "Report "
                            + command.reportId()
                            + " still has "
                            + unreviewed.size()
                            + " line(s) without an accepted amount or a refusal: "
                            + unreviewed
                            + ".");
        }
        Money approved =
                ofReport.stream()
                        .map(ExpenditureLine::acceptedOrZero)
                        .reduce(Money.ZERO, Money::plus);
        apply(
                new ProgressReportApproved(
                        programmeId,
                        command.reportId(),
                        command.remarks(),
                        command.decidedOn(),
                        approved));
    }

    @CommandHandler
    void handle(RejectReport command) {
        requireAwaitingReview(command.reportId());
        apply(
                new ProgressReportRejected(
                        programmeId, command.reportId(), command.remarks(), command.decidedOn()));
    }

    @CommandHandler
    void handle(RequestDisbursement command) {
        DisbursementPolicy.requireRequestable(command, this);
        Period period =
                command.period() == null && command.reportId() != null
                        ? report(command.reportId()).period()
                        : command.period();
        apply(
                new DisbursementRequested(
                        programmeId,
                        command.disbursementId(),
                        command.source(),
                        command.amount(),
                        command.reportId(),
                        period,
                        command.requestedOn()));
    }

    @CommandHandler
    void handle(PayDisbursement command) {
        Disbursement disbursement = disbursements.get(command.disbursementId().value());
        if (disbursement == null) {
            throw new RuleViolation(
                    ProblemCode.DISBURSEMENT_NOT_FOUND,
                    "No disbursement "
                            + command.disbursementId()
                            + " was requested in this programme.");
        }
        if (disbursement.paid()) {
            throw new RuleViolation(
                    ProblemCode.DISBURSEMENT_ALREADY_PAID,
                    "Disbursement " + command.disbursementId() + " was paid already.");
        }
        apply(
                new DisbursementPaid(
                        programmeId,
                        command.disbursementId(),
                        disbursement.source(),
                        disbursement.amount(),
                        command.paidOn()));
    }

    @CommandHandler
    void handle(RecordMeeting command) {
        apply(
                new SteeringCommitteeMeetingRecorded(
                        programmeId,
                        command.meetingId(),
                        command.date(),
                        command.participants(),
                        command.decisions()));
    }

    private void requireUnderReview(ReportId reportId) {
        Report report = report(reportId);
        if (report.status() != ReportStatus.SUBMITTED) {
            throw new RuleViolation(
                    ProblemCode.REPORT_NOT_UNDER_REVIEW,
                    "Lines are reviewed while their report is "
                            + "submitted; report "
                            + reportId
                            + " is "
                            + report.status()
                            + ".");
        }
    }

    boolean requested(DisbursementId disbursementId) {
        return disbursements.containsKey(disbursementId.value());
    }

    Source source(SourceCode code) {
        Source source = sources.get(code.value());
        if (source == null) {
            throw new RuleViolation(
                    ProblemCode.UNKNOWN_SOURCE,
                    "The programme has no source "
                            + code
                            + "; its sources are "
                            + sources.keySet()
                            + ".");
        }
        return source;
    }

    private ExpenditureLine line(ReportId reportId, LineId lineId) {
        ExpenditureLine line = lines.get(lineId.value());
        if (line == null || !line.reportId().equals(reportId.value())) {
            throw new RuleViolation(
                    ProblemCode.LINE_NOT_FOUND,
                    "Report " + reportId + " has no line " + lineId + ".");
        }
        return line;
    }

    private List<ExpenditureLine> linesOf(ReportId reportId) {
        return lines.values().stream()
                .filter(l -> l.reportId().equals(reportId.value()))
                .sorted(java.util.Comparator.comparingInt(ExpenditureLine::order))
                .toList();
    }

    List<Report> approvedReports() {
        return reports.values().stream().filter(r -> r.status() == ReportStatus.APPROVED).toList();
    }

    private void requireAwaitingReview(ReportId reportId) {
        ReportStatus status = report(reportId).status();
        if (status != ReportStatus.SUBMITTED) {
            throw new RuleViolation(
                    ProblemCode.REPORT_ALREADY_REVIEWED,
                    "Report "
                            + reportId
                            + " is "
                            + status
                            + "; only a submitted report awaits review.");
        }
    }

    Report report(ReportId reportId) {
        Report report = reports.get(reportId.value());
        if (report == null) {
            throw new RuleViolation(
                    ProblemCode.REPORT_NOT_FOUND,
                    "No report " + reportId + " was submitted in this " + "programme.");
        }
        return report;
    }

    @EventSourcingHandler
    void on(FundingProgrammeOpened event) {
        programmeId = event.programmeId();
        event.sources()
                .forEach(
                        s ->
                                sources.put(
                                        s.code().value(),
                                        new Source(
                                                s.committed(), Money.ZERO, s.coFinancingRate())));
    }

    @EventSourcingHandler
    void on(CoFinancingRateChanged event) {
        sources.computeIfPresent(
                event.source().value(),
                (code, s) -> new Source(s.committed(), s.claimed(), event.rate()));
    }

    @EventSourcingHandler
    void on(ProgressReportDrafted event) {
        reports.put(
                event.reportId().value(),
                new Report(
                        event.period(),
                        event.kind(),
                        ReportStatus.DRAFT,
                        event.summary(),
                        null,
                        Money.ZERO));
    }

    @EventSourcingHandler
    void on(ProgressReportSubmitted event) {
        reports.put(
                event.reportId().value(),
                new Report(
                        event.period(),
                        event.kind(),
                        ReportStatus.SUBMITTED,
                        event.summary(),
                        null,
                        Money.ZERO));
    }

    @EventSourcingHandler
    void on(ProgressReportResubmitted event) {
        reports.computeIfPresent(
                event.reportId().value(), (id, r) -> r.with(ReportStatus.SUBMITTED));
        // A resubmitted report is reviewed afresh: earlier line reviews belonged to the rejected
        // version.
        lines.replaceAll(
                (id, l) -> l.reportId().equals(event.reportId().value()) ? l.unreviewed() : l);
    }

    @EventSourcingHandler
    void on(ProgressReportApproved event) {
        reports.computeIfPresent(
                event.reportId().value(),
                (id, r) ->
                        new Report(
                                r.period(),
                                r.kind(),
                                ReportStatus.APPROVED,
                                r.summary(),
                                event.decidedOn(),
                                event.approvedEligible()));
    }

    @EventSourcingHandler
    void on(ProgressReportRejected event) {
        reports.computeIfPresent(
                event.reportId().value(),
                (id, r) ->
                        new Report(
                                r.period(),
                                r.kind(),
                                ReportStatus.REJECTED,
                                r.summary(),
                                event.decidedOn(),
                                Money.ZERO));
    }

    @EventSourcingHandler
    void on(ExpenditureLineDeclared event) {
        String invoice = ExpenditurePolicy.invoiceKey(event.supplier(), event.invoiceNumber());
        lines.put(
                event.lineId().value(),
                new ExpenditureLine(
                        event.lineId().value(),
                        event.reportId().value(),
                        invoice,
                        event.declaredEligible(),
                        null,
                        false,
                        lines.size()));
        declaredInvoices.put(invoice, event.lineId().value());
    }

    @EventSourcingHandler
    void on(ExpenditureLineWithdrawn event) {
        ExpenditureLine line = lines.remove(event.lineId().value());
        if (line != null) {
            declaredInvoices.remove(line.invoiceKey());
        }
    }

    @EventSourcingHandler
    void on(ExpenditureLineAccepted event) {
        lines.computeIfPresent(
                event.lineId().value(), (id, l) -> l.acceptedAt(event.acceptedEligible()));
    }

    @EventSourcingHandler
    void on(ExpenditureLineRefused event) {
        lines.computeIfPresent(event.lineId().value(), (id, l) -> l.asRefused());
    }

    @EventSourcingHandler
    void on(DisbursementRequested event) {
        disbursements.put(
                event.disbursementId().value(),
                new Disbursement(event.source(), event.amount(), false));
        sources.computeIfPresent(
                event.source().value(),
                (code, s) -> new Source(s.committed(), s.claimed().plus(event.amount()), s.rate()));
    }

    @EventSourcingHandler
    void on(DisbursementPaid event) {
        disbursements.computeIfPresent(
                event.disbursementId().value(),
                (id, d) -> new Disbursement(d.source(), d.amount(), true));
    }
}
