package be.thorpark.ledger.web.http;

import be.thorpark.ledger.web.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A body's {@code Content-Type} names one media type: a wildcard ({@code *}{@code /*}, {@code
 * application/*}) or text that is no media type is refused with 415 before anything reads the body.
 * Spring MVC cannot represent such a request's headers and failed with a server error on every
 * endpoint that takes no particular type.
 */
public class MediaTypeFilter extends OncePerRequestFilter {

    static final String DETAIL =
            "The Content-Type header must name one media type, such as application/json";

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && !acceptable(contentType)) {
            Problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, DETAIL);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean acceptable(String contentType) {
        if (contentType.isBlank()) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
