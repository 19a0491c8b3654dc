package be.thorpark.ledger.command.jobs;

import be.thorpark.ledger.command.http.CommandRequest;
import be.thorpark.ledger.command.http.CommandResult;
import be.thorpark.ledger.command.http.CommandSubmitter;
import be.thorpark.ledger.events.Fte;
import be.thorpark.ledger.events.TenantId;
import be.thorpark.ledger.events.jobs.JobChange;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
class JobsController {

    /**
     * More jobs than the whole of Thor Park aims at in ten years, in one registration, is a typing
     * error.
     */
    static final int MAX_COUNT = 5_000;

    record RegisterJobsRequest(
            @NotNull JobChange change,
            @NotNull @Min(1) @Max(MAX_COUNT) Integer count,
            @NotBlank @Size(max = 80) String category,
            @NotNull LocalDate effectiveDate,
            Fte fte,
            @Size(max = 1000) String reason) {}

    private final CommandSubmitter submitter;

    JobsController(CommandSubmitter submitter) {
        this.submitter = submitter;
    }

    @PostMapping("/api/tenants/{tenantId}/jobs")
    ResponseEntity<CommandResult> register(
            @PathVariable TenantId tenantId,
            @Valid @RequestBody RegisterJobsRequest request,
            HttpServletRequest http) {
        return submitter.submit(
                CommandRequest.of(http, request)
                        .reason(request.reason())
                        .on(tenantId.value())
                        .sending(
                                expected ->
                                        new RegisterJobs(
                                                tenantId,
                                                request.change(),
                                                request.count(),
                                                request.category().trim(),
                                                request.effectiveDate(),
                                                request.fte(),
                                                expected)));
    }
}
