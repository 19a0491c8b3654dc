package be.thorpark.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.web.testapp.Http;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProblemResponsesTest extends LedgerHttpTest {

    private static final String VALID =
            """
            {"company":"Nova Robotics","contact":{"name":"Marie","email":"marie@example.org"},
             "sources":[{"name":"VLAIO","committed":true,"amount":1250.50}],
             "signedAt":"2026-03-01T09:30:00Z","startsOn":"2026-04-01","seats":4}\
            """;

    private Http.Response register(String json) {
        return as("ops", "POST", "/api/registrations").json(json).send();
    }

    private static JsonNode onlyError(Http.Response response) {
        JsonNode errors = response.json().path("errors");
        assertThat(errors.size()).as(response.body()).isEqualTo(1);
        return errors.get(0);
    }

    @Test
    void aValidBodyIsAccepted() {
        Http.Response response = register(VALID);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"amount\":1250.50");
    }

    @Test
    void anUnknownFieldIsRejectedNamingIt() {
        Http.Response response =
                register(VALID.replace("\"seats\":4", "\"seats\":4,\"nickname\":\"Nova\""));

        assertProblem(response, 400);
        assertThat(response.json().path("type").asString())
                .isEqualTo("urn:campus-ledger:problem:invalid-input");
        assertThat(response.json().path("title").asString()).isEqualTo("Bad Request");
        assertThat(response.json().path("instance").asString()).isEqualTo("/api/registrations");
        assertThat(onlyError(response).path("field").asString()).isEqualTo("nickname");
        assertThat(onlyError(response).path("message").asString())
                .startsWith("is not a known field");
    }

    @Test
    void anUnknownNestedFieldIsNamedByItsPath() {
        Http.Response response =
                register(VALID.replace("\"name\":\"Marie\"", "\"name\":\"Marie\",\"phone\":\"1\""));

        assertProblem(response, 400);
        assertThat(onlyError(response).path("field").asString()).isEqualTo("contact.phone");
    }

    @Test
    void aValueOfTheWrongTypeIsRejectedNamingTheField() {
        Http.Response response = register(VALID.replace("\"seats\":4", "\"seats\":\"many\""));

        assertProblem(response, 400);
        assertThat(onlyError(response).path("field").asString()).isEqualTo("seats");
        assertThat(onlyError(response).path("message").asString())
                .isEqualTo("must be a whole number");
    }

    @Test
    void anUnparseableDateTimeIsRejectedNamingTheField() {
        Http.Response response = register(VALID.replace("2026-03-01T09:30:00Z", "yesterday"));

        assertProblem(response, 400);
        assertThat(onlyError(response).path("field").asString()).isEqualTo("signedAt");
        assertThat(onlyError(response).path("message").asString()).contains("ISO-8601");
    }

    @Test
    void anUnparseableDateIsRejectedNamingTheField() {
        Http.Response response = register(VALID.replace("2026-04-01", "01/04/2026"));

        assertProblem(response, 400);
        assertThat(onlyError(response).path("field").asString()).isEqualTo("startsOn");
        assertThat(onlyError(response).path("message").asString()).contains("2026-03-01");
    }

    @Test
    void aBadValueInAListIsNamedByItsIndexedPath() {
        Http.Response response =
                register(
                        VALID.replace(
                                "\"committed\":true,\"amount\":1250.50}]",
                                "\"committed\":true},{\"name\":\"EFRO\",\"committed\":\"maybe\"}]"));

        assertProblem(response, 400);
        assertThat(onlyError(response).path("field").asString()).isEqualTo("sources[1].committed");
        assertThat(onlyError(response).path("message").asString())
                .isEqualTo("must be true or false");
    }

    @Test
    void nullForANumberIsRejected() {
        Http.Response response = register(VALID.replace("\"seats\":4", "\"seats\":null"));

        assertProblem(response, 400);
        assertThat(onlyError(response).path("field").asString()).isEqualTo("seats");
        assertThat(onlyError(response).path("message").asString()).isEqualTo("must not be null");
    }

    @Test
    void validationErrorsListEveryFieldByItsPath() {
        Http.Response response =
                register(
                        VALID.replace("\"Nova Robotics\"", "\"\"")
                                .replace("marie@example.org", "not-an-address")
                                .replace("\"VLAIO\"", "\" \""));

        assertProblem(response, 400);
        JsonNode errors = response.json().path("errors");
        assertThat(errors.size()).as(response.body()).isEqualTo(3);
        assertThat(errors.get(0).path("field").asString()).isEqualTo("company");
        assertThat(errors.get(1).path("field").asString()).isEqualTo("contact.email");
        assertThat(errors.get(2).path("field").asString()).isEqualTo("sources[0].name");
        assertThat(errors.get(1).path("message").asString()).isNotBlank();
    }

    @Test
    void brokenJsonIsRejected() {
        Http.Response response = register("{\"company\": ");

        assertProblem(response, 400);
        assertThat(response.json().path("detail").asString())
                .startsWith("The request body is not valid JSON");
    }

    @Test
    void aMissingBodyIsRejected() {
        Http.Response response = as("ops", "POST", "/api/registrations").json("").send();

        assertProblem(response, 400);
    }

    @Test
    void jsonNestedDeeperThanTheLimitIsRejected() {
        String deep = "{\"value\":" + "[".repeat(40) + "]".repeat(40) + "}";

        Http.Response response = as("ops", "POST", "/api/nested").json(deep).send();

        assertProblem(response, 400);
        assertThat(response.json().path("detail").asString()).contains("nested too deeply");
    }

    @Test
    void jsonNestedWithinTheLimitIsAccepted() {
        String nested = "{\"value\":" + "[".repeat(20) + "]".repeat(20) + "}";

        assertThat(as("ops", "POST", "/api/nested").json(nested).send().status()).isEqualTo(200);
    }

    @Test
    void aTooLongTextValueIsRejected() {
        String json = "{\"value\":\"" + "x".repeat(100_001) + "\"}";

        Http.Response response = as("ops", "POST", "/api/nested").json(json).send();

        assertProblem(response, 400);
        assertThat(response.json().path("detail").asString()).contains("too long");
    }

    @Test
    void decimalsKeepEveryDigit() {
        Http.Response response =
                as("ops", "POST", "/api/echo")
                        .json("{\"amount\":1234567890.123456789012345}")
                        .send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("1234567890.123456789012345");
    }

    @Test
    void aMissingParameterIsNamed() {
        Http.Response response = as("rep", "GET", "/api/search").send();

        assertProblem(response, 400);
        assertThat(onlyError(response).path("field").asString()).isEqualTo("limit");
        assertThat(response.json().path("detail").asString()).contains("'limit'");
    }

    @Test
    void aMistypedParameterIsNamed() {
        Http.Response response = as("rep", "GET", "/api/search?limit=ten").send();

        assertProblem(response, 400);
        assertThat(onlyError(response).path("field").asString()).isEqualTo("limit");
        assertThat(onlyError(response).path("message").asString())
                .isEqualTo("must be a whole number");
    }

    @Test
    void anInvalidParameterIsNamed() {
        Http.Response response = as("rep", "GET", "/api/search?limit=0").send();

        assertProblem(response, 400);
        assertThat(onlyError(response).path("field").asString()).isEqualTo("limit");
    }

    @Test
    void aProblemThrownByAControllerKeepsItsCodeAndFields() {
        Http.Response response = as("rep", "GET", "/api/conflict").send();

        assertProblem(response, 409);
        assertThat(response.json().path("code").asString()).isEqualTo("UNIT_ALREADY_LEASED");
        assertThat(response.json().path("type").asString())
                .isEqualTo("urn:campus-ledger:problem:unit-already-leased");
        assertThat(response.json().path("title").asString())
                .isEqualTo("The unit has not enough free area");
        assertThat(response.json().path("detail").asString())
                .isEqualTo("Unit B-204 is leased until 2027-01-31");
        assertThat(onlyError(response).path("field").asString()).isEqualTo("unitId");
    }

    @Test
    void anUnexpectedErrorGivesNothingAway() {
        Http.Response response = as("rep", "GET", "/api/boom").send();

        assertProblem(response, 500);
        assertThat(response.body()).doesNotContain("secret", "IllegalState", "HiddenVault");
        assertThat(response.json().path("instance").asString()).isEqualTo("/api/boom");
    }

    @Test
    void anUnknownPathIsNotFound() {
        Http.Response response = as("rep", "GET", "/api/nothing-here").send();

        assertProblem(response, 404);
        assertThat(response.json().path("instance").asString()).isEqualTo("/api/nothing-here");
    }

    @Test
    void anUnsupportedMethodIsNotAllowed() {
        Http.Response response = as("ops", "PATCH", "/api/search").send();

        assertProblem(response, 405);
        assertThat(response.header("Allow")).isNotEmpty();
    }

    @Test
    void anUnacceptableMediaTypeIsAProblem() {
        Http.Response response =
                as("rep", "GET", "/api/search?limit=1").header("Accept", "text/csv").send();

        assertThat(response.status()).isEqualTo(406);
        assertProblem(response, 406);
    }

    @Test
    void anUnsupportedContentTypeIsAProblem() {
        Http.Response response =
                as("ops", "POST", "/api/registrations")
                        .body("text/plain", HttpRequest.BodyPublishers.ofString(VALID))
                        .send();

        assertProblem(response, 415);
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsRefusedUpFront() {
        byte[] body = new byte[256 * 1024 + 1];

        Http.Response response =
                as("ops", "POST", "/api/echo")
                        .body("application/json", HttpRequest.BodyPublishers.ofByteArray(body))
                        .send();

        assertProblem(response, 413);
        assertThat(response.json().path("detail").asString()).contains("262144 bytes");
    }

    @Test
    void aChunkedBodyLargerThanTheLimitIsRefusedWhileReading() {
        Http.Response response =
                as("ops", "POST", "/api/echo")
                        .body("application/json", chunked(jsonOfSize(300 * 1024)))
                        .send();

        assertProblem(response, 413);
    }

    @Test
    void aChunkedTextBodyLargerThanTheLimitIsRefusedWhileReading() {
        Http.Response response =
                as("ops", "POST", "/api/text")
                        .body("text/plain", chunked("x".repeat(300 * 1024)))
                        .send();

        assertProblem(response, 413);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() {
        Http.Response response =
                as("ops", "POST", "/api/echo")
                        .body("application/json", chunked(jsonOfSize(100 * 1024)))
                        .send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /** Without a known length the client sends the body chunked. */
    private static HttpRequest.BodyPublisher chunked(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    }

    private static String jsonOfSize(int bytes) {
        StringBuilder json = new StringBuilder("{\"items\":[");
        while (json.length() < bytes) {
            json.append("\"0123456789abcdef0123456789abcdef\",");
        }
        return json.append("\"end\"]}").toString();
    }
}
