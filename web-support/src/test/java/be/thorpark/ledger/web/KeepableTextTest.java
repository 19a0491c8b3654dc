package be.thorpark.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.web.testapp.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Text a store cannot give back byte for byte never reaches a handler; ordinary text, tabs and
 * emoji do.
 */
class KeepableTextTest extends LedgerHttpTest {

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
    void aLoneSurrogateIsRefusedNamingTheField() {
        Http.Response response = register(VALID.replace("Nova Robotics", "\\ud800"));

        assertProblem(response, 400);
        assertThat(onlyError(response).path("field").asString()).isEqualTo("company");
        assertThat(onlyError(response).path("message").asString()).contains("U+D800");
    }

    @Test
    void aLowSurrogateBeforeItsHighOneIsRefused() {
        Http.Response response = register(VALID.replace("Marie\"", "\\ude00\\ud83d\""));

        assertProblem(response, 400);
        assertThat(onlyError(response).path("field").asString()).isEqualTo("contact.name");
    }

    @Test
    void aNulCharacterIsRefusedNamingTheNestedField() {
        Http.Response response = register(VALID.replace("Marie", "Ma\\u0000rie"));

        assertProblem(response, 400);
        assertThat(onlyError(response).path("field").asString()).isEqualTo("contact.name");
        assertThat(onlyError(response).path("message").asString()).contains("U+0000");
    }

    @Test
    void controlCharactersAndNonCharactersInAListAreEachNamed() {
        Http.Response response =
                register(
                        VALID.replace("\"VLAIO\"", "\"VLA\\uffffIO\"")
                                .replace("Nova Robotics", "Nova\\u0085Robotics")
                                .replace("marie@", "\\u007fmarie@"));

        assertProblem(response, 400);
        assertThat(response.json().path("errors").findValuesAsString("field"))
                .containsExactly("company", "contact.email", "sources[0].name");
    }

    @Test
    void aNonCharacterOfAnotherPlaneIsRefused() {
        Http.Response response = register(VALID.replace("Nova Robotics", "Nova \\udbff\\udfff"));

        assertProblem(response, 400);
        assertThat(onlyError(response).path("message").asString()).contains("U+10FFFF");
    }

    @Test
    void aFieldNameThatCannotBeKeptIsRefused() {
        Http.Response response =
                as("ops", "POST", "/api/echo").json("{\"ok\":{\"b\\u0000d\":1}}").send();

        assertProblem(response, 400);
        assertThat(onlyError(response).path("field").asString()).isEqualTo("ok");
        assertThat(onlyError(response).path("message").asString()).contains("name");
    }

    @Test
    void tabsLineBreaksAccentsAndEmojiAreKept() {
        String company = "Nova\\tRobotics\\r\\nGenk \\u00e9 \\ud83d\\ude00";
        Http.Response response = register(VALID.replace("Nova Robotics", company));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("company").asString())
                .isEqualTo("Nova\tRobotics\r\nGenk \u00e9 \ud83d\ude00");
    }

    @Test
    void aBodyThatIsNotJsonIsStillDescribedByTheJsonReader() {
        Http.Response response = register("{\"company\": \"\\ud800");

        assertProblem(response, 400);
        assertThat(response.json().path("detail").asString()).contains("not valid JSON");
    }
}
