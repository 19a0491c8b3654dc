package be.thorpark.ledger.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds every RFC 9457 problem body of the ledger: {@code type} from the {@link ProblemCode},
 * {@code title}, {@code status}, {@code detail}, {@code instance} (the request path), {@code code},
 * and {@code errors} for invalid inputs. It also writes them where no Spring MVC handler is
 * involved (filters, security).
 */
public final class Problems {

    private Problems() {}

    public static ProblemDetail problem(
            ProblemCode code, String detail, List<InvalidField> errors, String path) {
        return problem(code.status(), code, detail, errors, path);
    }

    /**
     * A problem answered with {@code status}, which differs from the code's own only for framework
     * failures.
     */
    public static ProblemDetail problem(
            HttpStatusCode status,
            ProblemCode code,
            String detail,
            List<InvalidField> errors,
            String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(code.title());
        problem.setType(code.type());
        problem.setInstance(instance(path));
        problem.setProperty("code", code.name());
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** The body of a thrown refusal, with the members it adds. */
    public static ProblemDetail problem(ProblemException refusal, String path) {
        ProblemDetail problem =
                problem(refusal.problemCode(), refusal.detail(), refusal.errors(), path);
        refusal.properties().forEach(problem::setProperty);
        return problem;
    }

    /**
     * Writes a problem straight to the response; for code that runs outside Spring MVC, where no
     * message converter is at hand.
     */
    public static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatusCode status,
            String detail)
            throws IOException {
        write(request, response, status, ProblemCode.forStatus(status), detail);
    }

    public static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            ProblemCode code,
            String detail)
            throws IOException {
        write(request, response, code.status(), code, detail);
    }

    private static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatusCode status,
            ProblemCode code,
            String detail)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", code.type().toString());
        body.put("title", code.title());
        body.put("status", status.value());
        body.put("detail", detail);
        URI instance = instance(request.getRequestURI());
        if (instance != null) {
            body.put("instance", instance.toString());
        }
        body.put("code", code.name());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JsonMapper.shared().writeValueAsBytes(body));
        response.flushBuffer();
    }

    /** The request path without its query, which may hold personal data. */
    static URI instance(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
