package be.thorpark.ledger.query.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The log-in form. Rendered on the server so that the CSRF token is in the form itself and the page
 * works without scripts; the template is read once.
 */
@Controller
class LoginPage {

    private final String template;

    LoginPage() {
        try {
            template =
                    new ClassPathResource("browser/login.html")
                            .getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> login(
            CsrfToken csrf,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout) {
        String message =
                error != null
                        ? "<p class=\"notice error\" role=\"alert\">The user name or password is"
                                + " not valid.</p>"
                        : logout != null
                                ? "<p class=\"notice\" role=\"status\">You are logged out.</p>"
                                : "";
        String page =
                template.replace("{{message}}", message)
                        .replace("{{csrfParameter}}", HtmlUtils.htmlEscape(csrf.getParameterName()))
                        .replace("{{csrfToken}}", HtmlUtils.htmlEscape(csrf.getToken()));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.TEXT_HTML)
                .body(page);
    }
}
