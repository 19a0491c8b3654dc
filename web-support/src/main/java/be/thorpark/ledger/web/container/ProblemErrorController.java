package be.thorpark.ledger.web.container;

import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's error controller: whatever reaches the servlet container's error page (a
 * filter's {@code sendError}, an exception outside Spring MVC, a status set by the container) is
 * answered as problem+json, with a detail chosen by status alone, so that no message of the failure
 * reaches the client.
 */
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

    /** Longer request paths are not echoed in {@code instance}. */
    static final int MAX_ECHOED_PATH = 2048;

    @RequestMapping
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        HttpStatus status = status(request, failure);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String detail = ContainerErrors.detail(status);
        String code = null;
        if (status == HttpStatus.SERVICE_UNAVAILABLE && StoreOutages.isOutage(failure)) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(StoreOutages.RETRY_AFTER_SECONDS));
            detail = StoreOutages.DETAIL;
            code = StoreOutages.CODE;
        } else if (status.is5xxServerError()) {
            LOG.error("{} {} failed", request.getMethod(), path, failure);
        }
        ProblemCode problemCode =
                code != null ? ProblemCode.STORE_UNAVAILABLE : ProblemCode.forStatus(status);
        ProblemDetail problem =
                Problems.problem(
                        status,
                        problemCode,
                        detail,
                        List.of(),
                        path == null || path.length() > MAX_ECHOED_PATH ? null : path);
        return new ResponseEntity<>(problem, headers, status);
    }

    private static HttpStatus status(HttpServletRequest request, Throwable failure) {
        if (StoreOutages.isOutage(failure)) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value)) {
            // Asked for directly rather than forwarded to by the container.
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve(value);
        return status == null || value < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
