package be.thorpark.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.web.testapp.Http;
import be.thorpark.ledger.web.testapp.TestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One running test server for the HTTP tests, with a user per role: plain passwords, a BCrypt hash,
 * a password holding a colon, and a user with two roles.
 */
@SpringBootTest(
        classes = TestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "campus.users=ops:ops-secret:OPERATIONS,"
                    + " rep:{bcrypt}$2a$04$J0W804S1rscJK5EKGyPdYul0WsnizeUa1rqMpKkNUHZfDVADbBGKW:REPORTING,"
                    + " aud:aud-secret:AUDITOR, adm:adm-secret:ADMIN,"
                    + " boss:boss:secret:operations+REPORTING",
            "campus.http.max-body-bytes=256KB",
            "management.endpoints.web.exposure.include=health,info",
            "test.fake-jwt=true"
        })
abstract class LedgerHttpTest {

    static final String REP_PASSWORD = "reporting-secret";

    @LocalServerPort int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static String password(String user) {
        return switch (user) {
            case "rep" -> REP_PASSWORD;
            case "boss" -> "boss:secret";
            default -> user + "-secret";
        };
    }

    Http.Request as(String user, String method, String path) {
        Http.Request request = http.request(method, path);
        return user.equals("anonymous") ? request : request.as(user, password(user));
    }

    /**
     * A problem response as RFC 9457 describes it, that gives nothing of the server's insides away.
     */
    static void assertProblem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.json().path("title").asString()).as(response.body()).isNotBlank();
        assertThat(response.json().path("type").asString()).as(response.body()).isNotBlank();
        assertThat(response.json().path("detail").asString()).as(response.body()).isNotBlank();
        assertThat(response.body())
                .doesNotContain(
                        "Exception",
                        "java.",
                        "tools.jackson",
                        "springframework",
                        "be.thorpark",
                        "\tat ",
                        "trace");
    }
}
