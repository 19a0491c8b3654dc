package be.thorpark.ledger.web.http;

import be.thorpark.ledger.web.problem.BodyTooLargeException;
import be.thorpark.ledger.web.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies longer than {@code campus.http.max-body-bytes} with 413: up front when the
 * Content-Length says so, and while reading when the body comes without one (chunked), by counting
 * the bytes read.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    /**
     * The one path whose bodies are documents rather than JSON commands, and may be as large as
     * evidence is.
     */
    static final String EVIDENCE_UPLOAD = "/api/evidence";

    private final long maxBytes;
    private final long evidenceMaxBytes;

    public BodySizeLimitFilter(long maxBytes) {
        this(maxBytes, maxBytes);
    }

    public BodySizeLimitFilter(long maxBytes, long evidenceMaxBytes) {
        if (maxBytes <= 0 || evidenceMaxBytes <= 0) {
            throw new IllegalArgumentException(
                    "campus.http.max-body-bytes must be positive, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.evidenceMaxBytes = evidenceMaxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = EVIDENCE_UPLOAD.equals(request.getRequestURI()) ? evidenceMaxBytes : maxBytes;
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        try {
            long[] count = {0};
            chain.doFilter(
                    new ObservedBodyRequest(
                            request,
                            (bytes, nanos) -> {
                                count[0] += bytes;
                                if (count[0] > limit) {
                                    throw new BodyTooLargeException(limit);
                                }
                            }),
                    response);
        } catch (BodyTooLargeException | ServletException e) {
            if (!isTooLarge(e) || response.isCommitted()) {
                throw e;
            }
            refuse(request, response, limit);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        Problems.write(
                request,
                response,
                HttpStatus.CONTENT_TOO_LARGE,
                new BodyTooLargeException(limit).getMessage());
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }
}
