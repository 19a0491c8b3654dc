package be.thorpark.ledger.web.testapp;

import be.thorpark.ledger.web.problem.InvalidField;
import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that fail in every way a request can fail. */
@RestController
class ProblemController {

    record Contact(@NotBlank String name, @Email String email) {}

    record Source(@NotBlank String name, Boolean committed, BigDecimal amount) {}

    record Registration(
            @NotBlank String company,
            @Valid @NotNull Contact contact,
            List<@Valid Source> sources,
            Instant signedAt,
            LocalDate startsOn,
            int seats) {}

    record Nested(Object value) {}

    @PostMapping(value = "/api/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
    Registration register(@Valid @RequestBody Registration registration) {
        return registration;
    }

    @PostMapping(value = "/api/echo", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> echo(@RequestBody Map<String, Object> body) {
        return body;
    }

    @PostMapping(value = "/api/nested", consumes = MediaType.APPLICATION_JSON_VALUE)
    Nested nested(@RequestBody Nested body) {
        return body;
    }

    @PostMapping(value = "/api/text", consumes = MediaType.TEXT_PLAIN_VALUE)
    Map<String, Integer> text(@RequestBody String body) {
        return Map.of("length", body.length());
    }

    @GetMapping(value = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Integer> search(@RequestParam @Positive int limit) {
        return Map.of("limit", limit);
    }

    @GetMapping("/api/conflict")
    void conflict() {
        throw new ProblemException(
                ProblemCode.UNIT_ALREADY_LEASED,
                "Unit B-204 is leased until 2027-01-31",
                List.of(new InvalidField("unitId", "is occupied")));
    }

    @GetMapping("/api/boom")
    void boom() {
        throw new IllegalStateException("secret detail at be.thorpark.ledger.HiddenVault");
    }
}
