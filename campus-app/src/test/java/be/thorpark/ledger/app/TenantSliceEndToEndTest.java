package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The thin vertical slice over real HTTP: register a tenant, read it back from the views and from
 * the history.
 */
class TenantSliceEndToEndTest extends LedgerAppTest {

    @Test
    void aRegisteredTenantAppearsInTheDirectoryAndInTheHistory() {
        LedgerHttp http = anonymous();
        LedgerHttp.Response created =
                http.as("ops", "ops-secret")
                        .post(
                                "/api/tenants",
                                body(
                                        "name", "Flanders Robotics NV",
                                        "enterpriseNumber", "0403.170.701",
                                        "profile", "SCALE_UP",
                                        "sector", "process automation",
                                        "reason", "signed up at the open day"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        long position = created.json().get("position").asLong();
        assertThat(created.header("Location")).endsWith("/api/tenants/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.position()).isEqualTo(position);

        LedgerHttp.Response directory =
                http.as("reporter", "rep-secret").get("/api/tenants?minPosition=" + position);
        assertThat(directory.status()).as(directory.toString()).isEqualTo(200);
        assertThat(directory.position()).isGreaterThanOrEqualTo(position);
        assertThat(directory.json().get("items").findValuesAsString("id")).contains(id);

        LedgerHttp.Response history =
                http.as("auditor", "aud-secret").get("/api/events?after=0&limit=1000");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        JsonNode registered = null;
        for (JsonNode item : history.json().get("items")) {
            if (id.equals(item.path("entityId").asString())
                    && "TenantRegistered".equals(item.get("type").asString())) {
                registered = item;
            }
        }
        assertThat(registered).as("TenantRegistered for %s in %s", id, history.text()).isNotNull();
        assertThat(registered.get("actor").asString()).isEqualTo("ops");
        assertThat(registered.get("reason").asString()).isEqualTo("signed up at the open day");
        assertThat(registered.get("position").asLong()).isEqualTo(position);
        assertThat(registered.get("payload").get("name").asString())
                .isEqualTo("Flanders Robotics NV");
    }
}
