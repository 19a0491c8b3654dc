package be.thorpark.ledger.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser as plain HTTP: a cookie jar, no redirects followed, the log-in form filled in.
 */
final class BrowserSession {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client =
            HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

    BrowserSession(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /**
     * Reads the CSRF token from the log-in page and posts the form; answers the response to the
     * post.
     */
    HttpResponse<String> logIn(String user, String password) {
        String token = formToken();
        return post(
                "/login",
                "application/x-www-form-urlencoded",
                "username="
                        + encode(user)
                        + "&password="
                        + encode(password)
                        + "&_csrf="
                        + encode(token));
    }

    String formToken() {
        Matcher matcher = FORM_TOKEN.matcher(get("/login").body());
        if (!matcher.find()) {
            throw new AssertionError("The log-in page has no CSRF field");
        }
        return matcher.group(1);
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(
                    builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
