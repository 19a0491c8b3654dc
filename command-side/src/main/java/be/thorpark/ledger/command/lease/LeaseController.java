package be.thorpark.ledger.command.lease;

import be.thorpark.ledger.command.http.CommandRequest;
import be.thorpark.ledger.command.http.CommandResult;
import be.thorpark.ledger.command.http.CommandSubmitter;
import be.thorpark.ledger.command.http.InvalidRequestException;
import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.LeaseId;
import be.thorpark.ledger.events.Money;
import be.thorpark.ledger.events.TenantId;
import be.thorpark.ledger.events.UnitId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LeaseController {

    record SignLeaseRequest(
            @NotNull TenantId tenantId,
            @NotNull UnitId unitId,
            @NotNull AreaM2 areaM2,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @NotNull Money monthlyRent,
            @Size(max = 1000) String reason) {}

    record AmendLeaseRequest(
            @NotNull LocalDate effectiveDate,
            AreaM2 areaM2,
            Money monthlyRent,
            LocalDate endDate,
            @Size(max = 1000) String reason) {}

    record TerminateLeaseRequest(
            @NotNull LocalDate effectiveDate, @Size(max = 1000) String reason) {}

    private final CommandSubmitter submitter;

    LeaseController(CommandSubmitter submitter) {
        this.submitter = submitter;
    }

    @PostMapping("/api/leases")
    ResponseEntity<CommandResult> sign(
            @Valid @RequestBody SignLeaseRequest request, HttpServletRequest http) {
        if (request.endDate().isBefore(request.startDate())) {
            throw new InvalidRequestException("endDate", "must not lie before startDate");
        }
        LeaseId id = LeaseId.of(submitter.newId(http, LeaseId.PREFIX));
        return submitter.submit(
                CommandRequest.of(http, request)
                        .reason(request.reason())
                        .creates(id.value())
                        .at("/api/leases/" + id)
                        .sending(
                                new SignLease(
                                        id,
                                        request.tenantId(),
                                        request.unitId(),
                                        request.areaM2(),
                                        request.startDate(),
                                        request.endDate(),
                                        request.monthlyRent())));
    }

    @PostMapping("/api/leases/{leaseId}/amendments")
    ResponseEntity<CommandResult> amend(
            @PathVariable LeaseId leaseId,
            @Valid @RequestBody AmendLeaseRequest request,
            HttpServletRequest http) {
        if (request.areaM2() == null
                && request.monthlyRent() == null
                && request.endDate() == null) {
            throw new InvalidRequestException(
                    "areaM2", "an amendment changes areaM2, monthlyRent or endDate");
        }
        return submitter.submit(
                CommandRequest.of(http, request)
                        .reason(request.reason())
                        .on(leaseId.value())
                        .sending(
                                expected ->
                                        new AmendLease(
                                                leaseId,
                                                request.effectiveDate(),
                                                request.areaM2(),
                                                request.monthlyRent(),
                                                request.endDate(),
                                                expected)));
    }

    @PostMapping("/api/leases/{leaseId}/termination")
    ResponseEntity<CommandResult> terminate(
            @PathVariable LeaseId leaseId,
            @Valid @RequestBody TerminateLeaseRequest request,
            HttpServletRequest http) {
        return submitter.submit(
                CommandRequest.of(http, request)
                        .reason(request.reason())
                        .on(leaseId.value())
                        .sending(
                                expected ->
                                        new TerminateLease(
                                                leaseId, request.effectiveDate(), expected)));
    }
}
