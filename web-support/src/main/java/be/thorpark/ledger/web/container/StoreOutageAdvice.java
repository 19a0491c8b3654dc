package be.thorpark.ledger.web.container;

import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request that failed because the store is away is answered 503 with {@code Retry-After},
 * whatever wrapped the driver's exception (Spring matches the causes too). Ordered before every
 * feature's advice, since no feature can answer better than "try again".
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class StoreOutageAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(StoreOutageAdvice.class);

    @ExceptionHandler({
        com.mongodb.MongoTimeoutException.class,
        com.mongodb.MongoSocketException.class,
        com.mongodb.MongoConnectionPoolClearedException.class,
        com.mongodb.MongoServerUnavailableException.class,
        com.mongodb.MongoNotPrimaryException.class,
        com.mongodb.MongoNodeIsRecoveringException.class
    })
    ResponseEntity<ProblemDetail> storeAway(Exception failure, HttpServletRequest request) {
        // One line, not a stack trace per request: during an outage every request ends here.
        LOG.warn(
                "{} {} answered 503: the store is not reachable ({})",
                request.getMethod(),
                request.getRequestURI(),
                failure.getClass().getSimpleName());
        HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(StoreOutages.RETRY_AFTER_SECONDS))
                .body(
                        Problems.problem(
                                ProblemCode.STORE_UNAVAILABLE,
                                StoreOutages.DETAIL,
                                List.of(),
                                request.getRequestURI()));
    }
}
