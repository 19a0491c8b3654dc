package be.thorpark.ledger.web.problem;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;

/**
 * A refusal any part of the ledger can throw; {@link ProblemAdvice} answers it as an RFC 9457
 * {@code application/problem+json} body with the code's status, type and title, this detail, and
 * {@code errors} when given. The detail is shown to the client as it is: it must name no internals.
 * Subclasses name the refusal ({@code RuleViolation}, {@code ViewBehindException}) and may add
 * members to the body or headers to the answer.
 */
public class ProblemException extends RuntimeException {

    private final ProblemCode code;
    private final List<InvalidField> errors;

    public ProblemException(ProblemCode code, String detail) {
        this(code, detail, List.of());
    }

    public ProblemException(ProblemCode code, String detail, List<InvalidField> errors) {
        this(code, detail, errors, true);
    }

    /**
     * @param stackTrace false for refusals that are an expected answer, not a fault: they are
     *     thrown often and their stack trace would never be read
     */
    protected ProblemException(
            ProblemCode code, String detail, List<InvalidField> errors, boolean stackTrace) {
        super(detail, null, false, stackTrace);
        this.code = Objects.requireNonNull(code, "code");
        this.errors = List.copyOf(errors == null ? List.of() : errors);
    }

    public ProblemCode problemCode() {
        return code;
    }

    /** The stable code as clients see it: {@code UNIT_ALREADY_LEASED}. */
    public String code() {
        return code.name();
    }

    public HttpStatus status() {
        return code.status();
    }

    public String title() {
        return code.title();
    }

    public String detail() {
        return getMessage();
    }

    public List<InvalidField> errors() {
        return errors;
    }

    /** More members of the problem body, such as the positions of a view that is behind. */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** Headers of the answer, such as {@code Retry-After}. */
    public Map<String, String> headers() {
        return Map.of();
    }
}
