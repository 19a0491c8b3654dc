package be.thorpark.ledger.web.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import java.util.List;
import java.util.Objects;

/**
 * A refusal any controller can throw; it is answered as an RFC 9457 {@code application/problem+json} body with the
 * given status, title and detail, plus {@code code} (a stable, machine-readable reason) and {@code errors} when given.
 * With a code, the problem's {@code type} is {@code urn:campus-ledger:problem:<code>}; without, {@code about:blank}.
 * The detail is shown to the client as it is: it must name no internals.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatusCode status;
    private final String code;
    private final String title;
    private final List<InvalidField> errors;

    public ProblemException(HttpStatusCode status, String detail) {
        this(status, null, null, detail, List.of());
    }

    public ProblemException(HttpStatusCode status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    /**
     * @param status the HTTP status (4xx or 5xx)
     * @param code   a stable reason such as {@code lease-overlaps}, or null
     * @param title  a short summary; null for the status's reason phrase
     * @param detail what happened, for the client
     * @param errors the invalid inputs, possibly empty
     */
    public ProblemException(HttpStatusCode status, String code, String title, String detail,
                            List<InvalidField> errors) {
        super(detail);
        this.status = Objects.requireNonNull(status, "status");
        if (!status.isError()) {
            throw new IllegalArgumentException("A problem needs an error status, not " + status.value());
        }
        this.code = code == null || code.isBlank() ? null : code;
        this.title = title == null || title.isBlank() ? reasonPhrase(status) : title;
        this.errors = List.copyOf(errors == null ? List.of() : errors);
    }

    public HttpStatusCode status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<InvalidField> errors() {
        return errors;
    }

    static String reasonPhrase(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Error " + status.value();
    }
}
