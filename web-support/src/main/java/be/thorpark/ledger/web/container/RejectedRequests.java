package be.thorpark.ledger.web.container;

import be.thorpark.ledger.web.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests Spring Security's firewall refuses (an encoded slash, {@code //}, {@code ..}, {@code ;},
 * a method it does not know) get a 400 problem; the firewall's message, which quotes the request,
 * stays in the log.
 */
public class RejectedRequests implements RequestRejectedHandler {

    @Override
    public void handle(
            HttpServletRequest request,
            HttpServletResponse response,
            RequestRejectedException rejected)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Problems.write(
                new PathlessRequest(request),
                response,
                HttpStatus.BAD_REQUEST,
                "The request path, method or a header is not allowed");
    }

    /** The rejected path is not echoed: it is what the firewall found unsafe. */
    private static final class PathlessRequest
            extends jakarta.servlet.http.HttpServletRequestWrapper {

        PathlessRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getRequestURI() {
            return null;
        }
    }
}
