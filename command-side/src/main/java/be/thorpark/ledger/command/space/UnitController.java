package be.thorpark.ledger.command.space;

import be.thorpark.ledger.command.http.CommandRequest;
import be.thorpark.ledger.command.http.CommandResult;
import be.thorpark.ledger.command.http.CommandSubmitter;
import be.thorpark.ledger.events.AreaM2;
import be.thorpark.ledger.events.UnitId;
import be.thorpark.ledger.events.space.UnitType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class UnitController {

    record RegisterUnitRequest(
            @NotBlank
                    @Size(max = 30)
                    @Pattern(
                            regexp = "[A-Za-z0-9][A-Za-z0-9 ._/-]*",
                            message = "letters, digits, spaces, '.', '_', '/' or '-'")
                    String code,
            @NotBlank @Size(max = 40) String building,
            @NotNull UnitType type,
            @NotNull AreaM2 areaM2,
            @NotNull LocalDate availableFrom,
            @Size(max = 1000) String reason) {}

    private final CommandSubmitter submitter;

    UnitController(CommandSubmitter submitter) {
        this.submitter = submitter;
    }

    @PostMapping("/api/units")
    ResponseEntity<CommandResult> register(
            @Valid @RequestBody RegisterUnitRequest request, HttpServletRequest http) {
        UnitId id = UnitId.forCode(request.building(), request.code());
        return submitter.submit(
                CommandRequest.of(http, request)
                        .reason(request.reason())
                        .creates(id.value())
                        .at("/api/units/" + id)
                        .sending(
                                new RegisterUnit(
                                        id,
                                        request.building().trim(),
                                        request.code().trim(),
                                        request.type(),
                                        request.areaM2(),
                                        request.availableFrom())));
    }
}
