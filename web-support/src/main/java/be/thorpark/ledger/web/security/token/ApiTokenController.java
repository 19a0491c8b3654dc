package be.thorpark.ledger.web.security.token;

import be.thorpark.ledger.web.problem.InvalidField;
import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import be.thorpark.ledger.web.security.LedgerRole;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administration of API tokens (ADMIN only, by the access rule on {@code /api/admin/**}). */
@RestController
@RequestMapping("/api/admin/tokens")
class ApiTokenController {

    record CreateTokenRequest(
            @NotBlank
                    @Size(max = 64)
                    @Pattern(
                            regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                            message =
                                    "letters, digits, '.', '_' or '-', starting with a letter or"
                                            + " digit")
                    String label,
            @NotEmpty Set<@NotNull LedgerRole> roles,
            Instant expiresAt) {}

    /** A token as administrators see it: everything but the secret. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TokenView(
            String id,
            String label,
            String owner,
            String actor,
            Set<LedgerRole> roles,
            String status,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt,
            String revokedBy,
            String token) {

        static TokenView of(StoredToken token, Instant now, String secret) {
            String status =
                    token.revoked() ? "REVOKED" : token.expiredAt(now) ? "EXPIRED" : "ACTIVE";
            return new TokenView(
                    token.id(),
                    token.label(),
                    token.owner(),
                    token.actor(),
                    token.roles(),
                    status,
                    token.createdAt(),
                    token.expiresAt(),
                    token.lastUsedAt(),
                    token.revokedAt(),
                    token.revokedBy(),
                    secret);
        }
    }

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    ResponseEntity<TokenView> create(
            @Valid @RequestBody CreateTokenRequest request, Authentication admin) {
        Instant expiresAt =
                request.expiresAt() == null ? tokens.defaultExpiry() : request.expiresAt();
        if (!expiresAt.isAfter(tokens.now())) {
            throw invalid("expiresAt", "must be in the future");
        }
        if (expiresAt.isAfter(tokens.latestExpiry())) {
            throw invalid(
                    "expiresAt",
                    "must be at most " + tokens.latestExpiry() + " (the longest lifetime)");
        }
        ApiTokens.Issued issued =
                tokens.create(admin.getName(), request.label(), request.roles(), expiresAt);
        return ResponseEntity.created(URI.create("/api/admin/tokens/" + issued.token().id()))
                .header("Cache-Control", "no-store")
                .body(TokenView.of(issued.token(), tokens.now(), issued.secret()));
    }

    @GetMapping
    List<TokenView> list() {
        Instant now = tokens.now();
        return tokens.list().stream().map(token -> TokenView.of(token, now, null)).toList();
    }

    @GetMapping("/{id}")
    TokenView one(@PathVariable String id) {
        return TokenView.of(tokens.find(id).orElseThrow(() -> notFound(id)), tokens.now(), null);
    }

    @DeleteMapping("/{id}")
    TokenView revoke(@PathVariable String id, Authentication admin) {
        return TokenView.of(
                tokens.revoke(id, admin.getName()).orElseThrow(() -> notFound(id)),
                tokens.now(),
                null);
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(
                ProblemCode.INVALID_INPUT,
                "The request body has invalid fields",
                List.of(new InvalidField(field, message)));
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(ProblemCode.TOKEN_NOT_FOUND, "No API token " + id + " exists");
    }
}
