package be.thorpark.ledger.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds RFC 9457 problem bodies, and writes them where no Spring MVC handler is involved (filters, security). */
public final class Problems {

    static final String TYPE_PREFIX = "urn:campus-ledger:problem:";

    private Problems() {
    }

    /** A problem body; {@code code} and {@code errors} are added only when present. */
    public static ProblemDetail problem(HttpStatusCode status, String code, String title, String detail,
                                        List<InvalidField> errors, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title == null ? ProblemException.reasonPhrase(status) : title);
        problem.setType(code == null ? URI.create("about:blank") : URI.create(TYPE_PREFIX + code));
        problem.setInstance(instance(path));
        if (code != null) {
            problem.setProperty("code", code);
        }
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /**
     * Writes a problem straight to the response; for code that runs outside Spring MVC, where no message converter
     * is at hand.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
                             String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", ProblemException.reasonPhrase(status));
        body.put("status", status.value());
        body.put("detail", detail);
        URI instance = instance(request.getRequestURI());
        if (instance != null) {
            body.put("instance", instance.toString());
        }
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
