package be.thorpark.ledger.command.funding;

import be.thorpark.ledger.command.funding.FundingCommands.AcceptLine;
import be.thorpark.ledger.command.funding.FundingCommands.DeclareLine;
import be.thorpark.ledger.command.funding.FundingCommands.RefuseLine;
import be.thorpark.ledger.command.funding.FundingCommands.WithdrawLine;
import be.thorpark.ledger.command.http.CommandRequest;
import be.thorpark.ledger.command.http.CommandResult;
import be.thorpark.ledger.command.http.CommandSubmitter;
import be.thorpark.ledger.command.http.InvalidRequestException;
import be.thorpark.ledger.command.rules.RuleViolation;
import be.thorpark.ledger.events.LineId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.ProgrammeId;
import be.thorpark.ledger.events.ReportId;
import be.thorpark.ledger.events.VatNumber;
import be.thorpark.ledger.events.funding.CostCategory;
import be.thorpark.ledger.events.funding.EvidenceDocument;
import be.thorpark.ledger.events.funding.Supplier;
import be.thorpark.ledger.eventstore.evidence.EvidenceStore;
import be.thorpark.ledger.eventstore.evidence.EvidenceStore.EvidenceFile;
import be.thorpark.ledger.web.problem.ProblemCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Expenditure lines of a financial report: declared by the promoter, reviewed by the Management
 * Authority.
 */
@RestController
class ExpenditureController {

    record SupplierRequest(@NotBlank @Size(max = 160) String name, @NotNull VatNumber vatNumber) {}

    record LineRequest(
            @NotNull @Valid SupplierRequest supplier,
            @NotBlank @Size(max = 60) String invoiceNumber,
            @NotNull LocalDate invoiceDate,
            @NotNull LocalDate paymentDate,
            @NotBlank @Size(max = 2000) String description,
            @NotNull CostCategory category,
            @NotNull Money amountExclVat,
            @NotNull Money declaredEligible,
            @NotEmpty @Size(max = 20)
                    List<@NotNull @Pattern(regexp = "[0-9a-f]{64}") String> evidence,
            @Size(max = 1000) String reason) {}

    record AcceptanceRequest(
            @NotNull Money acceptedEligible,
            @Size(max = 2000) String remarks,
            @Size(max = 1000) String reason) {}

    record RefusalRequest(
            @NotBlank @Size(max = 2000) String refusal, @Size(max = 1000) String reason) {}

    record WithdrawalRequest(@Size(max = 1000) String reason) {}

    private final CommandSubmitter submitter;
    private final EvidenceStore evidence;

    ExpenditureController(CommandSubmitter submitter, EvidenceStore evidence) {
        this.submitter = submitter;
        this.evidence = evidence;
    }

    @PostMapping("/api/funding-programmes/{id}/reports/{reportId}/lines")
    ResponseEntity<CommandResult> declare(
            @PathVariable ProgrammeId id,
            @PathVariable ReportId reportId,
            @Valid @RequestBody LineRequest request,
            HttpServletRequest http) {
        if (request.paymentDate().isBefore(request.invoiceDate().minusYears(1))) {
            throw new InvalidRequestException(
                    "paymentDate", "lies more than a year before the invoice date");
        }
        List<EvidenceDocument> documents = documents(request.evidence());
        LineId lineId = LineId.of(submitter.newId(http, LineId.PREFIX));
        Supplier supplier =
                new Supplier(request.supplier().name().trim(), request.supplier().vatNumber());
        return submitter.submit(
                CommandRequest.of(http, request)
                        .reason(request.reason())
                        .on(id.value())
                        .part(lineId.value())
                        .at(
                                "/api/funding-programmes/"
                                        + id
                                        + "/reports/"
                                        + reportId
                                        + "/lines/"
                                        + lineId)
                        .sending(
                                expected ->
                                        new DeclareLine(
                                                id,
                                                reportId,
                                                lineId,
                                                supplier,
                                                request.invoiceNumber().trim(),
                                                request.invoiceDate(),
                                                request.paymentDate(),
                                                request.description(),
                                                request.category(),
                                                request.amountExclVat(),
                                                request.declaredEligible(),
                                                documents,
                                                expected)));
    }

    @PostMapping("/api/funding-programmes/{id}/reports/{reportId}/lines/{lineId}/withdrawal")
    ResponseEntity<CommandResult> withdraw(
            @PathVariable ProgrammeId id,
            @PathVariable ReportId reportId,
            @PathVariable LineId lineId,
            @Valid @RequestBody(required = false) WithdrawalRequest request,
            HttpServletRequest http) {
        WithdrawalRequest body = request == null ? new WithdrawalRequest(null) : request;
        return submitter.submit(
                CommandRequest.of(http, body)
                        .reason(body.reason())
                        .on(id.value())
                        .part(lineId.value())
                        .sending(expected -> new WithdrawLine(id, reportId, lineId, expected)));
    }

    @PostMapping("/api/funding-programmes/{id}/reports/{reportId}/lines/{lineId}/acceptance")
    ResponseEntity<CommandResult> accept(
            @PathVariable ProgrammeId id,
            @PathVariable ReportId reportId,
            @PathVariable LineId lineId,
            @Valid @RequestBody AcceptanceRequest request,
            HttpServletRequest http) {
        return submitter.submit(
                CommandRequest.of(http, request)
                        .reason(request.reason())
                        .on(id.value())
                        .part(lineId.value())
                        .sending(
                                expected ->
                                        new AcceptLine(
                                                id,
                                                reportId,
                                                lineId,
                                                request.acceptedEligible(),
                                                request.remarks(),
                                                expected)));
    }

    @PostMapping("/api/funding-programmes/{id}/reports/{reportId}/lines/{lineId}/refusal")
    ResponseEntity<CommandResult> refuse(
            @PathVariable ProgrammeId id,
            @PathVariable ReportId reportId,
            @PathVariable LineId lineId,
            @Valid @RequestBody RefusalRequest request,
            HttpServletRequest http) {
        return submitter.submit(
                CommandRequest.of(http, request)
                        .reason(request.reason())
                        .on(id.value())
                        .part(lineId.value())
                        .sending(
                                expected ->
                                        new RefuseLine(
                                                id,
                                                reportId,
                                                lineId,
                                                request.refusal(),
                                                expected)));
    }

    private List<EvidenceDocument> documents(List<String> hashes) {
        Map<String, EvidenceFile> found = evidence.findAll(hashes);
        List<String> missing = hashes.stream().filter(h -> !found.containsKey(h)).toList();
        if (!missing.isEmpty()) {
            throw new RuleViolation(
                    ProblemCode.EVIDENCE_NOT_FOUND,
                    "No evidence document was uploaded with sha256 "
                            + missing
                            + "; upload it to POST /api/evidence first.");
        }
        return hashes.stream()
                .distinct()
                .map(found::get)
                .map(
                        f ->
                                new EvidenceDocument(
                                        f.sha256(), f.fileName(), f.mediaType(), f.sizeBytes()))
                .toList();
    }
}
