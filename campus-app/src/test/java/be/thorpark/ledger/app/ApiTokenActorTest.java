package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A command sent with an API token is recorded as the token's: its owner and label are the events'
 * actor.
 */
class ApiTokenActorTest extends LedgerAppTest {

    @Test
    void theEventsOfACommandSentWithATokenNameTheTokensOwnerAndLabel() {
        LedgerHttp.Response issued =
                admin().post(
                                "/api/admin/tokens",
                                body("label", "ops-script", "roles", List.of("OPERATIONS")));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        LedgerHttp script = anonymous().bearer(issued.json().get("token").asString());

        LedgerHttp.Response created =
                script.post("/api/units", Campus.unit("TOKEN-1", "LAB", "75.00"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode events =
                auditor()
                        .get("/api/entities/" + created.json().get("id").asString() + "/history")
                        .json()
                        .get("events");
        assertThat(events.get(0).get("actor").asString()).isEqualTo("admin/token:ops-script");
    }

    @Test
    void aRevokedTokenAppendsNothing() {
        LedgerHttp.Response issued =
                admin().post(
                                "/api/admin/tokens",
                                body(
                                        "label",
                                        "ops-script-revoked",
                                        "roles",
                                        List.of("OPERATIONS")));
        LedgerHttp script = anonymous().bearer(issued.json().get("token").asString());
        admin().delete("/api/admin/tokens/" + issued.json().get("id").asString());
        long head = eventLog.headPosition();

        LedgerHttp.Response refused =
                script.post("/api/units", Campus.unit("TOKEN-2", "LAB", "75.00"));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(eventLog.headPosition()).isEqualTo(head);
    }
}
