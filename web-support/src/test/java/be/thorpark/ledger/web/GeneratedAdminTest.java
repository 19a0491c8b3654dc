package be.thorpark.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.web.testapp.Http;
import be.thorpark.ledger.web.testapp.TestApplication;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** A ledger started without any user configured, with nothing but its defaults. */
@ExtendWith(OutputCaptureExtension.class)
class GeneratedAdminTest {

    @Test
    void withoutUsersAnAdminWithARandomPasswordIsCreatedAndShownOnce(CapturedOutput output) {
        try (ConfigurableApplicationContext app =
                new SpringApplicationBuilder(TestApplication.class)
                        .properties("server.port=0", "campus.users=")
                        .run()) {
            Matcher line =
                    Pattern.compile("user 'admin' with role ADMIN and password (\\S{24})")
                            .matcher(output);
            assertThat(line.find()).as(output.toString()).isTrue();
            String password = line.group(1);
            assertThat(line.find()).isFalse();
            Http http =
                    new Http(
                            Integer.parseInt(
                                    app.getEnvironment().getProperty("local.server.port")));

            assertThat(
                            http.request("GET", "/api/admin/configuration")
                                    .as("admin", password)
                                    .send()
                                    .status())
                    .isEqualTo(200);
            assertThat(
                            http.request("GET", "/api/admin/configuration")
                                    .as("admin", "admin")
                                    .send()
                                    .status())
                    .isEqualTo(401);
        }
    }

    @Test
    void byDefaultTheServerListensOnLoopbackAndAcceptsNoJwtButApiTokens() {
        try (ConfigurableApplicationContext app =
                new SpringApplicationBuilder(TestApplication.class)
                        .properties("server.port=0", "campus.users=ops:ops-secret:OPERATIONS")
                        .run()) {
            assertThat(app.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
            Http http =
                    new Http(
                            Integer.parseInt(
                                    app.getEnvironment().getProperty("local.server.port")));

            Http.Response response =
                    http.request("POST", "/api/things")
                            .header("Authorization", "Bearer ops-token")
                            .send();

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate"))
                    .containsExactly(
                            "Basic realm=\"campus-ledger\"", "Bearer realm=\"campus-ledger\"");
        }
    }
}
