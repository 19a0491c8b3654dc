package be.thorpark.ledger.web.http;

import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reading a request body may take {@code campus.http.body-read-timeout} in all: Tomcat's connection
 * timeout bounds the pause between two packets, not the whole body, so a client trickling a byte a
 * second would otherwise hold a thread for as long as it likes. Only the time spent waiting for the
 * client's bytes counts, not the server's own work before or between reads (a busy machine must not
 * turn into 408s). A late body is refused with 408.
 */
public class BodyDeadlineFilter extends OncePerRequestFilter {

    private final long timeoutNanos;
    private final String detail;

    public BodyDeadlineFilter(Duration timeout) {
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException(
                    "campus.http.body-read-timeout must be positive, not " + timeout);
        }
        this.timeoutNanos = timeout.toNanos();
        this.detail = "The request body did not arrive within " + timeout.toMillis() + " ms";
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long[] waited = {0};
        chain.doFilter(
                new ObservedBodyRequest(
                        request,
                        (bytes, nanos) -> {
                            waited[0] += nanos;
                            if (waited[0] > timeoutNanos) {
                                throw new ProblemException(ProblemCode.REQUEST_TIMEOUT, detail);
                            }
                        }),
                response);
    }
}
