package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A tenant's contact person is personal data: it is shown in the views, never stored in plain text
 * in the history, and an erasure makes it unreadable for good while the history and its hash chain
 * stay intact.
 */
class PersonalDataErasureTest extends LedgerAppTest {

    private static final String NAME = "Griet Vanderstraeten";
    private static final String EMAIL = "griet.vanderstraeten@lasertech.example.be";

    @Test
    void anErasedContactPersonIsGoneFromTheViewsWhileTheSealedHistoryStaysValid() {
        Map<String, Object> request = Campus.tenant("Lanaken Lasertech NV", "ESTABLISHED");
        request.put("contact", body("name", NAME, "email", EMAIL));
        LedgerHttp.Response registered = ops().post("/api/tenants", request);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String tenant = registered.json().get("id").asString();

        JsonNode contact = tenantView(tenant, registered.position()).get("contact");
        assertThat(contact.get("name").asString()).isEqualTo(NAME);
        assertThat(contact.get("email").asString()).isEqualTo(EMAIL);
        assertThat(contact.get("erased").asBoolean()).isFalse();

        LedgerHttp.Response history = auditor().get("/api/entities/" + tenant + "/history");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertHoldsNoPlainText(history.text());
        JsonNode sealedBefore = registration(history.json()).get("payload").get("contact");
        assertThat(sealedBefore.get("name").get("ciphertext").asString()).isNotBlank();
        assertThat(sealedBefore.get("email").get("ciphertext").asString()).isNotBlank();
        assertHoldsNoPlainText(
                auditor()
                        .get("/api/events?after=" + (registered.position() - 1) + "&limit=1")
                        .text());

        LedgerHttp.Response erased =
                admin().post(
                                "/api/admin/tenants/" + tenant + "/contact/erasure",
                                body("reason", "request of the data subject"));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);

        LedgerHttp.Response after =
                reporter().get("/api/tenants/" + tenant + "?minPosition=" + erased.position());
        assertThat(after.status()).as(after.toString()).isEqualTo(200);
        JsonNode erasedContact = after.json().get("contact");
        assertThat(erasedContact.get("erased").asBoolean()).as(after.text()).isTrue();
        assertThat(erasedContact.get("name").isNull()).isTrue();
        assertThat(erasedContact.get("email").isNull()).isTrue();
        assertHoldsNoPlainText(after.text());
        LedgerHttp.Response directory =
                reporter().get("/api/tenants?size=1000&minPosition=" + erased.position());
        assertHoldsNoPlainText(directory.text());

        JsonNode historyAfter = auditor().get("/api/entities/" + tenant + "/history").json();
        assertThat(historyAfter.get("events").findValuesAsString("type"))
                .containsSubsequence("TenantRegistered", "PersonalDataErased");
        assertThat(registration(historyAfter).get("payload").get("contact"))
                .isEqualTo(sealedBefore);
        assertHoldsNoPlainText(historyAfter.toString());

        JsonNode integrity = auditor().get("/api/integrity").json();
        assertThat(integrity.get("valid").asBoolean()).as(integrity.toString()).isTrue();
        assertThat(integrity.get("headPosition").asLong())
                .isGreaterThanOrEqualTo(erased.position());

        LedgerHttp.Response again =
                admin().post(
                                "/api/admin/tenants/" + tenant + "/contact/erasure",
                                body("reason", "asked twice"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("PERSONAL_DATA_ALREADY_ERASED");
    }

    @Test
    void operationsStaffMayNotEraseAContactPerson() {
        Map<String, Object> request = Campus.tenant("Dilsen Data BV", "START_UP");
        request.put("contact", body("name", "Pieter Claes", "email", "pieter.claes@example.be"));
        LedgerHttp.Response registered = ops().post("/api/tenants", request);
        String tenant = registered.json().get("id").asString();

        LedgerHttp.Response refused =
                ops().post(
                                "/api/admin/tenants/" + tenant + "/contact/erasure",
                                body("reason", "tidying up"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(eventLog.readEntity(tenant)).hasSize(1);
        JsonNode contact = tenantView(tenant, registered.position()).get("contact");
        assertThat(contact.get("name").asString()).isEqualTo("Pieter Claes");
    }

    private JsonNode tenantView(String tenant, long position) {
        LedgerHttp.Response view =
                reporter().get("/api/tenants/" + tenant + "?minPosition=" + position);
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        return view.json();
    }

    private static JsonNode registration(JsonNode history) {
        return history.get("events")
                .valueStream()
                .filter(e -> "TenantRegistered".equals(e.get("type").asString()))
                .findFirst()
                .orElseThrow();
    }

    private static void assertHoldsNoPlainText(String text) {
        assertThat(text)
                .doesNotContain(NAME)
                .doesNotContain("Vanderstraeten")
                .doesNotContain(EMAIL)
                .doesNotContain("griet.vanderstraeten");
    }
}
