package be.thorpark.ledger.command.tenant;

import be.thorpark.ledger.command.http.CommandRequest;
import be.thorpark.ledger.command.http.CommandResult;
import be.thorpark.ledger.command.http.CommandSubmitter;
import be.thorpark.ledger.events.EnterpriseNumber;
import be.thorpark.ledger.events.TenantId;
import be.thorpark.ledger.events.tenant.ContactPerson;
import be.thorpark.ledger.events.tenant.TenantProfile;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TenantController {

    record Contact(@NotBlank @Size(max = 120) String name, @Email @Size(max = 254) String email) {}

    record RegisterTenantRequest(
            @NotBlank @Size(max = 160) String name,
            @NotNull EnterpriseNumber enterpriseNumber,
            @NotNull TenantProfile profile,
            @NotBlank @Size(max = 120) String sector,
            @Valid Contact contact,
            @Size(max = 1000) String reason) {}

    record DateRequest(@NotNull LocalDate date, @Size(max = 1000) String reason) {}

    record ErasureRequest(@Size(max = 1000) String reason) {}

    private final CommandSubmitter submitter;
    private final ContactSealer sealer;

    TenantController(CommandSubmitter submitter, ContactSealer sealer) {
        this.submitter = submitter;
        this.sealer = sealer;
    }

    @PostMapping("/api/tenants")
    ResponseEntity<CommandResult> register(
            @Valid @RequestBody RegisterTenantRequest request, HttpServletRequest http) {
        TenantId id = TenantId.forEnterprise(request.enterpriseNumber());
        ContactPerson contact =
                request.contact() == null
                        ? null
                        : sealer.seal(request.contact().name().trim(), request.contact().email());
        return submitter.submit(
                CommandRequest.of(http, request)
                        .reason(request.reason())
                        .creates(id.value())
                        .at("/api/tenants/" + id)
                        .sending(
                                new RegisterTenant(
                                        id,
                                        request.name().trim(),
                                        request.enterpriseNumber(),
                                        request.profile(),
                                        request.sector().trim(),
                                        contact)));
    }

    @PostMapping("/api/tenants/{tenantId}/arrival")
    ResponseEntity<CommandResult> arrival(
            @PathVariable TenantId tenantId,
            @Valid @RequestBody DateRequest request,
            HttpServletRequest http) {
        return submitter.submit(
                CommandRequest.of(http, request)
                        .reason(request.reason())
                        .on(tenantId.value())
                        .sending(
                                expected -> new RecordArrival(tenantId, request.date(), expected)));
    }

    @PostMapping("/api/tenants/{tenantId}/departure")
    ResponseEntity<CommandResult> departure(
            @PathVariable TenantId tenantId,
            @Valid @RequestBody DateRequest request,
            HttpServletRequest http) {
        return submitter.submit(
                CommandRequest.of(http, request)
                        .reason(request.reason())
                        .on(tenantId.value())
                        .sending(
                                expected ->
                                        new RecordDeparture(tenantId, request.date(), expected)));
    }

    /**
     * GDPR erasure of the tenant's contact person: the events stay, the person's key is destroyed.
     */
    @PostMapping("/api/admin/tenants/{tenantId}/contact/erasure")
    ResponseEntity<CommandResult> erase(
            @PathVariable TenantId tenantId,
            @Valid @RequestBody(required = false) ErasureRequest request,
            HttpServletRequest http) {
        String reason = request == null ? null : request.reason();
        ResponseEntity<CommandResult> answer =
                submitter.submit(
                        CommandRequest.of(http, request)
                                .reason(reason)
                                .on(tenantId.value())
                                .sending(expected -> new ErasePersonalData(tenantId, expected)));
        return answer;
    }
}
