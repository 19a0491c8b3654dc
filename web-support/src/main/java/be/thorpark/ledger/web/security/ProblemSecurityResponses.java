package be.thorpark.ledger.web.security;

import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as problem responses; a 401 names the ways to authenticate in {@code
 * WWW-Authenticate}.
 */
final class ProblemSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "campus-ledger";

    private final boolean bearer;

    ProblemSecurityResponses(boolean bearer) {
        this.bearer = bearer;
    }

    @Override
    public void commence(
            HttpServletRequest request,
            HttpServletResponse response,
            AuthenticationException failure)
            throws IOException {
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        String detail;
        if (failure instanceof OAuth2AuthenticationException) {
            response.addHeader(
                    HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
            detail = "The bearer token is not valid";
        } else {
            if (bearer) {
                response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"");
            }
            detail =
                    failure instanceof BadCredentialsException
                            ? "The user name or password is not valid"
                            : "This request needs authentication: HTTP Basic"
                                    + (bearer ? " or a bearer token" : "");
        }
        Problems.write(request, response, ProblemCode.AUTHENTICATION_REQUIRED, detail);
    }

    @Override
    public void handle(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Problems.write(
                request,
                response,
                ProblemCode.ACCESS_DENIED,
                "Your roles do not allow this request");
    }
}
