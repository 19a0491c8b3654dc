package be.thorpark.ledger.command.funding;

import be.thorpark.ledger.command.funding.FundingCommands.ApproveReport;
import be.thorpark.ledger.command.funding.FundingCommands.ChangeCoFinancingRate;
import be.thorpark.ledger.command.funding.FundingCommands.DraftReport;
import be.thorpark.ledger.command.funding.FundingCommands.OpenProgramme;
import be.thorpark.ledger.command.funding.FundingCommands.PayDisbursement;
import be.thorpark.ledger.command.funding.FundingCommands.RecordMeeting;
import be.thorpark.ledger.command.funding.FundingCommands.RejectReport;
import be.thorpark.ledger.command.funding.FundingCommands.RequestDisbursement;
import be.thorpark.ledger.command.funding.FundingCommands.ResubmitReport;
import be.thorpark.ledger.command.funding.FundingCommands.SubmitDraft;
import be.thorpark.ledger.command.funding.FundingCommands.SubmitReport;
import be.thorpark.ledger.command.http.CommandRequest;
import be.thorpark.ledger.command.http.CommandResult;
import be.thorpark.ledger.command.http.CommandSubmitter;
import be.thorpark.ledger.command.http.InvalidRequestException;
import be.thorpark.ledger.events.DisbursementId;
import be.thorpark.ledger.events.MeetingId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.Period;
import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.Rate;
import be.thorpark.ledger.events.ReportId;
import be.thorpark.ledger.events.funding.FundingSource;
import be.thorpark.ledger.events.funding.ReportKind;
import be.thorpark.ledger.events.funding.SourceCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FundingController {

    record SourceRequest(
            @NotNull SourceCode code,
            @NotBlank @Size(max = 120) String name,
            @NotNull Money committed,
            Rate coFinancingRate) {}

    record OpenProgrammeRequest(
            @NotBlank @Size(max = 160) String name,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull SourceRequest> sources,
            @Size(max = 1000) String reason) {}

    record SubmitReportRequest(
            @NotNull LocalDate periodFrom,
            @NotNull LocalDate periodTo,
            @NotNull ReportKind kind,
            @NotBlank @Size(max = 4000) String summary,
            Boolean draft,
            @Size(max = 1000) String reason) {}

    record SubmissionRequest(@Size(max = 4000) String summary, @Size(max = 1000) String reason) {}

    record RateRequest(@NotNull Rate rate, @Size(max = 1000) String reason) {}

    record ResubmitReportRequest(
            @NotBlank @Size(max = 4000) String summary, @Size(max = 1000) String reason) {}

    record ReviewRequest(
            @Size(max = 4000) String remarks,
            LocalDate decidedOn,
            @Size(max = 1000) String reason) {}

    record RejectionRequest(
            @NotBlank @Size(max = 4000) String remarks,
            LocalDate decidedOn,
            @Size(max = 1000) String reason) {}

    record DisbursementRequest(
            @NotNull SourceCode source,
            @NotNull Money amount,
            ReportId reportId,
            LocalDate periodFrom,
            LocalDate periodTo,
            LocalDate requestedOn,
            @Size(max = 1000) String reason) {}

    record PaymentRequest(@NotNull LocalDate paidOn, @Size(max = 1000) String reason) {}

    record MeetingRequest(
            @NotNull LocalDate date,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 160) String> participants,
            @Size(max = 100) List<@NotBlank @Size(max = 2000) String> decisions,
            @Size(max = 1000) String reason) {}

    private final CommandSubmitter submitter;
    private final Clock clock;

    FundingController(CommandSubmitter submitter, ObjectProvider<Clock> clock) {
        this.submitter = submitter;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @PostMapping("/api/funding-programmes")
    ResponseEntity<CommandResult> open(
            @Valid @RequestBody OpenProgrammeRequest request, HttpServletRequest http) {
        ProgrammeId id = ProgrammeId.of(submitter.newId(http, ProgrammeId.PREFIX));
        List<FundingSource> sources =
                request.sources().stream()
                        .map(
                                s ->
                                        new FundingSource(
                                                s.code(),
                                                s.name().trim(),
                                                s.committed(),
                                                s.coFinancingRate()))
                        .toList();
        return submitter.submit(
                CommandRequest.of(http, request)
                        .reason(request.reason())
                        .creates(id.value())
                        .at("/api/funding-programmes/" + id)
                        .sending(new OpenProgramme(id, request.name().trim(), sources)));
    }

    @PostMapping("/api/funding-programmes/{id}/reports")
    ResponseEntity<CommandResult> submitReport(
            @PathVariable ProgrammeId id,
            @Valid @RequestBody SubmitReportRequest request,
            HttpServletRequest http) {
        Period period = period("periodTo", request.periodFrom(), request.periodTo());
        ReportId reportId = ReportId.of(submitter.newId(http, ReportId.PREFIX));
        boolean draft = Boolean.TRUE.equals(request.draft());
        return submitter.submit(
                CommandRequest.of(http, request)
                        .reason(request.reason())
                        .on(id.value())
                        .part(reportId.value())
                        .at("/api/funding-programmes/" + id + "/reports/" + reportId)
                        .sending(
                                expected ->
                                        draft
                                                ? new DraftReport(
                                                        id,
                                                        reportId,
                                                        request.kind(),
                                                        period,
                                                        request.summary(),
                                                        expected)
                                                : new SubmitReport(
                                                        id,
                                                        reportId,
                                                        request.kind(),
                                                        period,
                                                        request.summary(),
                                                        expected)));
    }

    @PostMapping("/api/funding-programmes/{id}/reports/{reportId}/submission")
    ResponseEntity<CommandResult> submitDraft(
            @PathVariable ProgrammeId id,
            @PathVariable ReportId reportId,
            @Valid @RequestBody(required = false) SubmissionRequest request,
            HttpServletRequest http) {
        SubmissionRequest submission =
                request == null ? new SubmissionRequest(null, null) : request;
        return submitter.submit(
                CommandRequest.of(http, submission)
                        .reason(submission.reason())
                        .on(id.value())
                        .part(reportId.value())
                        .sending(
                                expected ->
                                        new SubmitDraft(
                                                id, reportId, submission.summary(), expected)));
    }

    @PostMapping("/api/funding-programmes/{id}/sources/{code}/co-financing-rate")
    ResponseEntity<CommandResult> changeRate(
            @PathVariable ProgrammeId id,
            @PathVariable SourceCode code,
            @Valid @RequestBody RateRequest request,
            HttpServletRequest http) {
        return submitter.submit(
                CommandRequest.of(http, request)
                        .reason(request.reason())
                        .on(id.value())
                        .sending(
                                expected ->
                                        new ChangeCoFinancingRate(
                                                id, code, request.rate(), expected)));
    }

    @PostMapping("/api/funding-programmes/{id}/reports/{reportId}/resubmission")
    ResponseEntity<CommandResult> resubmit(
            @PathVariable ProgrammeId id,
            @PathVariable ReportId reportId,
            @Valid @RequestBody ResubmitReportRequest request,
            HttpServletRequest http) {
        return submitter.submit(
                CommandRequest.of(http, request)
                        .reason(request.reason())
                        .on(id.value())
                        .part(reportId.value())
                        .sending(
                                expected ->
                                        new ResubmitReport(
                                                id, reportId, request.summary(), expected)));
    }

    @PostMapping("/api/funding-programmes/{id}/reports/{reportId}/approval")
    ResponseEntity<CommandResult> approve(
            @PathVariable ProgrammeId id,
            @PathVariable ReportId reportId,
            @Valid @RequestBody(required = false) ReviewRequest request,
            HttpServletRequest http) {
        ReviewRequest review = request == null ? new ReviewRequest(null, null, null) : request;
        LocalDate decidedOn =
                review.decidedOn() == null ? LocalDate.now(clock) : review.decidedOn();
        return submitter.submit(
                CommandRequest.of(http, review)
                        .reason(review.reason())
                        .on(id.value())
                        .part(reportId.value())
                        .sending(
                                expected ->
                                        new ApproveReport(
                                                id,
                                                reportId,
                                                review.remarks(),
                                                decidedOn,
                                                expected)));
    }

    @PostMapping("/api/funding-programmes/{id}/reports/{reportId}/rejection")
    ResponseEntity<CommandResult> reject(
            @PathVariable ProgrammeId id,
            @PathVariable ReportId reportId,
            @Valid @RequestBody RejectionRequest request,
            HttpServletRequest http) {
        return submitter.submit(
                CommandRequest.of(http, request)
                        .reason(request.reason())
                        .on(id.value())
                        .part(reportId.value())
                        .sending(
                                expected ->
                                        new RejectReport(
                                                id,
                                                reportId,
                                                request.remarks(),
                                                request.decidedOn() == null
                                                        ? LocalDate.now(clock)
                                                        : request.decidedOn(),
                                                expected)));
    }

    @PostMapping("/api/funding-programmes/{id}/disbursements")
    ResponseEntity<CommandResult> requestDisbursement(
            @PathVariable ProgrammeId id,
            @Valid @RequestBody DisbursementRequest request,
            HttpServletRequest http) {
        Period period =
                request.periodFrom() == null && request.periodTo() == null
                        ? null
                        : period("periodTo", request.periodFrom(), request.periodTo());
        DisbursementId disbursementId =
                DisbursementId.of(submitter.newId(http, DisbursementId.PREFIX));
        LocalDate requestedOn =
                request.requestedOn() == null ? LocalDate.now(clock) : request.requestedOn();
        return submitter.submit(
                CommandRequest.of(http, request)
                        .reason(request.reason())
                        .on(id.value())
                        .part(disbursementId.value())
                        .at("/api/funding-programmes/" + id + "/disbursements/" + disbursementId)
                        .sending(
                                expected ->
                                        new RequestDisbursement(
                                                id,
                                                disbursementId,
                                                request.source(),
                                                request.amount(),
                                                request.reportId(),
                                                period,
                                                requestedOn,
                                                expected)));
    }

    @PostMapping("/api/funding-programmes/{id}/disbursements/{disbursementId}/payment")
    ResponseEntity<CommandResult> pay(
            @PathVariable ProgrammeId id,
            @PathVariable DisbursementId disbursementId,
            @Valid @RequestBody PaymentRequest request,
            HttpServletRequest http) {
        return submitter.submit(
                CommandRequest.of(http, request)
                        .reason(request.reason())
                        .on(id.value())
                        .part(disbursementId.value())
                        .sending(
                                expected ->
                                        new PayDisbursement(
                                                id, disbursementId, request.paidOn(), expected)));
    }

    @PostMapping("/api/funding-programmes/{id}/steering-committee-meetings")
    ResponseEntity<CommandResult> recordMeeting(
            @PathVariable ProgrammeId id,
            @Valid @RequestBody MeetingRequest request,
            HttpServletRequest http) {
        MeetingId meetingId = MeetingId.of(submitter.newId(http, MeetingId.PREFIX));
        return submitter.submit(
                CommandRequest.of(http, request)
                        .reason(request.reason())
                        .on(id.value())
                        .part(meetingId.value())
                        .at(
                                "/api/funding-programmes/"
                                        + id
                                        + "/steering-committee-meetings/"
                                        + meetingId)
                        .sending(
                                expected ->
                                        new RecordMeeting(
                                                id,
                                                meetingId,
                                                request.date(),
                                                request.participants(),
                                                request.decisions() == null
                                                        ? List.of()
                                                        : request.decisions(),
                                                expected)));
    }

    private static Period period(String field, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidRequestException(
                    from == null ? "periodFrom" : field, "both ends of the period are required");
        }
        if (to.isBefore(from)) {
            throw new InvalidRequestException(field, "must not lie before periodFrom");
        }
        return new Period(from, to);
    }
}
