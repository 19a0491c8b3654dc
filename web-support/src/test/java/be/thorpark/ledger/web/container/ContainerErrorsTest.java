package be.thorpark.ledger.web.container;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.web.testapp.TestApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error the server gives, also those the container or the security firewall raise before any
 * controller runs, is problem+json naming no internals. Sent over a raw socket, since HTTP clients
 * clean up such paths.
 */
@SpringBootTest(
        classes = TestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "campus.users=ops:ops-secret:OPERATIONS, adm:adm-secret:ADMIN",
            "management.endpoints.web.exposure.include=health"
        })
class ContainerErrorsTest {

    @LocalServerPort int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api//things",
                "/api/things;x=y",
                "/api/../api/things",
                "/api/%2e%2e/things",
                "/api/things/%2F",
                "/api/things%2Fx",
                "/api/things/%",
                "/api/things/%zz",
                "/api/things/[x]",
                "/api/things/a%00b",
                "/api/things/\\x",
                "//",
                "/api/things/%ff%fe",
                "/.;/api/things",
                "/api/things/x?a=%",
                "/api/things/{x}",
                "/api/things/|"
            })
    void oddPathsAreAnsweredWithAProblem(String path) throws IOException {
        RawHttp.Response anonymous = RawHttp.send(port, "GET " + path + " HTTP/1.1", null);
        assertClientProblem(anonymous, path);

        RawHttp.Response signedIn =
                RawHttp.send(
                        port,
                        "GET " + path + " HTTP/1.1\r\n" + RawHttp.basic("adm", "adm-secret"),
                        null);
        assertClientProblem(signedIn, path);
    }

    @Test
    void aVeryLongIdIsAnsweredWithAProblem() throws IOException {
        String path = "/api/things/" + "a".repeat(20_000);

        assertClientProblem(
                RawHttp.send(
                        port,
                        "GET " + path + " HTTP/1.1\r\n" + RawHttp.basic("adm", "adm-secret"),
                        null),
                "a 20,000-character id");
        assertClientProblem(
                RawHttp.send(
                        port,
                        "PUT "
                                + path
                                + " HTTP/1.1\r\n"
                                + RawHttp.basic("ops", "ops-secret")
                                + "Content-Type: application/json\r\nContent-Length: 2",
                        "{}".getBytes(StandardCharsets.UTF_8)),
                "a 20,000-character id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRACE", "TRACK", "PROPFIND", "FOO"})
    void unknownAndUnsafeMethodsAreAnsweredWithAProblem(String method) throws IOException {
        assertClientProblem(
                RawHttp.send(
                        port,
                        method + " /api/things HTTP/1.1\r\n" + RawHttp.basic("ops", "ops-secret"),
                        null),
                method);
        assertClientProblem(
                RawHttp.send(port, method + " /actuator/health HTTP/1.1", null), method);
    }

    /**
     * Tomcat refuses CONNECT itself, with the status RFC 9110 gives a method a server does not
     * implement.
     */
    @Test
    void connectIsNotImplementedAndSaysSoAsAProblem() throws IOException {
        RawHttp.Response response = RawHttp.send(port, "CONNECT 127.0.0.1:443 HTTP/1.1", null);

        assertThat(response.status()).isEqualTo(501);
        assertProblemBody(response, "CONNECT");
    }

    @Test
    void aWildcardContentTypeIsAProblemNotAServerError() throws IOException {
        byte[] body = "{\"company\":\"Mo-Thor\"}".getBytes(StandardCharsets.UTF_8);
        for (String type :
                new String[] {
                    "*/*", "*", "application/*", "text/", "/", ";;", "application/json;charset=nope"
                }) {
            RawHttp.Response response =
                    RawHttp.send(
                            port,
                            "POST /api/registrations HTTP/1.1\r\n"
                                    + RawHttp.basic("ops", "ops-secret")
                                    + "Content-Type: "
                                    + type
                                    + "\r\nContent-Length: "
                                    + body.length,
                            body);
            assertClientProblem(response, type);
        }
        for (String type : new String[] {"*/*", "application/*", "json"}) {
            RawHttp.Response response =
                    RawHttp.send(
                            port,
                            "POST /api/things HTTP/1.1\r\n"
                                    + RawHttp.basic("ops", "ops-secret")
                                    + "Content-Type: "
                                    + type
                                    + "\r\nContent-Length: "
                                    + body.length,
                            body);
            assertThat(response.status()).as(type).isEqualTo(415);
            assertProblemBody(response, type);
        }
    }

    @Test
    void aMalformedMultipartBodyIsAProblemNotAServerError() throws IOException {
        byte[] body =
                "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nnot closed"
                        .getBytes(StandardCharsets.UTF_8);
        RawHttp.Response response =
                RawHttp.send(
                        port,
                        "POST /api/registrations HTTP/1.1\r\n"
                                + RawHttp.basic("ops", "ops-secret")
                                + "Content-Type: multipart/form-data; boundary=xyz\r\n"
                                + "Content-Length: "
                                + body.length,
                        body);

        assertClientProblem(response, "multipart");
    }

    @Test
    void badRequestLinesAndHeadersAreAnsweredWithAProblem() throws IOException {
        assertClientProblem(
                RawHttp.send(
                        port, "GET /api/things HTTP/1.1\r\nX-Big: " + "b".repeat(20_000), null),
                "a header of 20,000 characters");
        assertClientProblem(
                RawHttp.send(port, "GET /api/things HTTP/1.1\r\nBad Header: x", null),
                "a header name with a space");
        assertClientProblem(
                RawHttp.send(
                        port,
                        "POST /api/registrations HTTP/1.1\r\n"
                                + RawHttp.basic("ops", "ops-secret")
                                + "Content-Type: application/json\r\nContent-Length: 2\r\n"
                                + "Transfer-Encoding: chunked",
                        "{}".getBytes(StandardCharsets.UTF_8)),
                "two body lengths");
    }

    @Test
    void theErrorPathItselfIsAProblem() throws IOException {
        RawHttp.Response response = RawHttp.send(port, "GET /error HTTP/1.1", null);

        assertThat(response.status()).isBetween(400, 499);
        assertProblemBody(response, "/error");
    }

    static void assertClientProblem(RawHttp.Response response, String what) {
        assertThat(response.status()).as(what + ": " + response).isBetween(400, 499);
        assertProblemBody(response, what);
    }

    static void assertProblemBody(RawHttp.Response response, String what) {
        assertThat(response.header("content-type"))
                .as(what + ": " + response)
                .startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).as(what).isEqualTo(response.status());
        assertThat(response.json().path("title").asString()).as(what).isNotBlank();
        assertThat(response.json().path("detail").asString()).as(what).isNotBlank();
        assertThat(response.body())
                .as(what)
                .doesNotContain(
                        "Exception",
                        "java.",
                        "tools.jackson",
                        "springframework",
                        "be.thorpark",
                        "\tat ",
                        "trace",
                        "Tomcat",
                        "<html");
        assertThat(response.header("server")).as(what).isNull();
    }
}
