package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * People log in with a form and keep a session; the pages' scripts call the API with that session
 * and a CSRF token, while scripts that send Basic credentials stay stateless.
 */
class BrowserLoginTest extends LedgerAppTest {

    @Test
    void thePagesAskForALogInFirst() {
        BrowserSession browser = new BrowserSession(port);

        HttpResponse<String> page = browser.get("/");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> login = browser.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("name=\"username\"", "name=\"_csrf\"");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'");
    }

    @Test
    void aLogInWithoutItsCsrfTokenIsRefused() {
        BrowserSession browser = new BrowserSession(port);
        browser.get("/login");

        HttpResponse<String> forged =
                browser.post(
                        "/login",
                        "application/x-www-form-urlencoded",
                        "username=reporter&password=rep-secret");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aWrongPasswordLeadsBackToTheForm() {
        BrowserSession browser = new BrowserSession(port);

        HttpResponse<String> answer = browser.logIn("reporter", "wrong");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("not valid");
    }

    @Test
    void aSessionReadsTheViewsItsRolesAllowAndNoMore() {
        BrowserSession browser = new BrowserSession(port);
        assertThat(
                        browser.logIn("reporter", "rep-secret")
                                .headers()
                                .firstValue("Location")
                                .orElseThrow())
                .endsWith("/");

        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        JsonNode session = LedgerHttp.JSON.readTree(browser.get("/session").body());
        assertThat(session.get("user").asString()).isEqualTo("reporter");
        assertThat(session.get("roles").valueStream().map(JsonNode::asString))
                .containsExactly("REPORTING");
        assertThat(browser.get("/api/occupancy").statusCode()).isEqualTo(200);
        assertThat(browser.get("/api/events?after=0&limit=1").statusCode()).isEqualTo(403);
        assertThat(browser.get("/explorer").statusCode()).isEqualTo(403);
    }

    @Test
    void aChangeFromTheBrowserNeedsTheCsrfHeader() {
        BrowserSession browser = new BrowserSession(port);
        browser.logIn("ops", "ops-secret");
        JsonNode csrf = LedgerHttp.JSON.readTree(browser.get("/session").body()).get("csrf");
        String unit = LedgerHttp.JSON.writeValueAsString(Campus.unit("LAB-9", "LAB", "120.00"));
        long before = eventLog.headPosition();

        HttpResponse<String> forged = browser.post("/api/units", "application/json", unit);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type").orElseThrow())
                .contains("problem+json");
        assertThat(eventLog.headPosition()).isEqualTo(before);
        HttpResponse<String> sent =
                browser.post(
                        "/api/units",
                        "application/json",
                        unit,
                        csrf.get("headerName").asString(),
                        csrf.get("token").asString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        JsonNode event =
                auditor()
                        .get(
                                "/api/entities/"
                                        + LedgerHttp.JSON.readTree(sent.body()).get("id").asString()
                                        + "/history")
                        .json()
                        .get("events")
                        .get(0);
        assertThat(event.get("actor").asString()).isEqualTo("ops");
    }

    @Test
    void scriptsWithBasicCredentialsGetNoSession() {
        LedgerHttp.Response answer = reporter().get("/api/occupancy");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.raw().headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(
                        anonymous()
                                .get("/api/occupancy")
                                .raw()
                                .headers()
                                .firstValue("WWW-Authenticate")
                                .orElseThrow())
                .startsWith("Basic");
    }

    @Test
    void aLoggedOutSessionNoLongerReachesTheApi() {
        BrowserSession browser = new BrowserSession(port);
        browser.logIn("auditor", "aud-secret");
        String token =
                LedgerHttp.JSON
                        .readTree(browser.get("/session").body())
                        .get("csrf")
                        .get("token")
                        .asString();
        assertThat(browser.get("/explorer").statusCode()).isEqualTo(200);

        HttpResponse<String> logout =
                browser.post(
                        "/logout",
                        "application/x-www-form-urlencoded",
                        "_csrf="
                                + java.net.URLEncoder.encode(
                                        token, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(browser.get("/api/events?after=0&limit=1").statusCode()).isEqualTo(401);
        assertThat(browser.get("/explorer").statusCode()).isEqualTo(302);
    }
}
