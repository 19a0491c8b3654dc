package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The contract every command shares: answers, headers, idempotency, If-Match and problem details.
 */
class CommandContractTest extends LedgerAppTest {

    @Test
    void aNewEntityIsAnswered201WithItsLocationVersionAndPosition() {
        LedgerHttp.Response created =
                ops().post("/api/units", Campus.unit("H1.01", "PRODUCTION_HALL", "1200.00"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(created.header("Location")).endsWith("/api/units/" + body.get("id").asString());
        assertThat(body.get("version").asLong()).isEqualTo(1);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.position()).isEqualTo(body.get("position").asLong());
        assertThat(eventLog.headPosition()).isGreaterThanOrEqualTo(created.position());
    }

    @Test
    void aRepeatedRequestWithTheSameIdempotencyKeyReturnsTheFirstAnswerAndAppendsNothing() {
        Map<String, Object> tenant = Campus.tenant("Idempotent Robotics NV", "START_UP");
        LedgerHttp.Response first =
                ops().post("/api/tenants", tenant, "Idempotency-Key", "reg-" + tenant.hashCode());
        long head = eventLog.headPosition();

        LedgerHttp.Response again =
                ops().post("/api/tenants", tenant, "Idempotency-Key", "reg-" + tenant.hashCode());

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(eventLog.headPosition()).isEqualTo(head);
    }

    /**
     * A creation whose id the ledger makes (a programme, a report, a lease, ...): the repeat names
     * the entity the first request created, not a new one.
     */
    @Test
    void aRepeatedKeyedCreationOfAnEntityTheLedgerNamesGetsTheFirstIdAndLocation() {
        String key = "open-" + System.nanoTime();
        LedgerHttp.Response first =
                ops().post("/api/funding-programmes", Campus.programme(), "Idempotency-Key", key);
        long head = eventLog.headPosition();
        LedgerHttp.Response again =
                ops().post("/api/funding-programmes", Campus.programme(), "Idempotency-Key", key);
        LedgerHttp.Response unkeyed = ops().post("/api/funding-programmes", Campus.programme());

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(unkeyed.json().get("id")).isNotEqualTo(first.json().get("id"));
        assertThat(eventLog.headPosition()).isEqualTo(unkeyed.position());
        assertThat(unkeyed.position()).isGreaterThan(head);
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIs422() {
        ops().post(
                        "/api/tenants",
                        Campus.tenant("Key Owner NV", "START_UP"),
                        "Idempotency-Key",
                        "shared-key-1");
        long head = eventLog.headPosition();

        LedgerHttp.Response reused =
                ops().post(
                                "/api/tenants",
                                Campus.tenant("Other Body NV", "START_UP"),
                                "Idempotency-Key",
                                "shared-key-1");

        assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
        assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reused.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(eventLog.headPosition()).isEqualTo(head);
    }

    @Test
    void ifMatchWithTheCurrentVersionApplies() {
        String tenantId =
                ops().post("/api/tenants", Campus.tenant("Versioned NV", "SCALE_UP"))
                        .json()
                        .get("id")
                        .asString();

        LedgerHttp.Response arrived =
                ops().post(
                                "/api/tenants/" + tenantId + "/arrival",
                                body("date", "2023-01-15"),
                                "If-Match",
                                "\"1\"");

        assertThat(arrived.status()).as(arrived.toString()).isEqualTo(200);
        assertThat(arrived.header("ETag")).isEqualTo("\"2\"");
        assertThat(arrived.json().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void ifMatchWithAStaleVersionIs412AndAppendsNothing() {
        String tenantId =
                ops().post("/api/tenants", Campus.tenant("Stale NV", "SCALE_UP"))
                        .json()
                        .get("id")
                        .asString();
        ops().post("/api/tenants/" + tenantId + "/arrival", body("date", "2023-01-15"));
        long head = eventLog.headPosition();

        LedgerHttp.Response stale =
                ops().post(
                                "/api/tenants/" + tenantId + "/departure",
                                body("date", "2024-01-15"),
                                "If-Match",
                                "\"1\"");

        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.json().get("code").asString()).isEqualTo("VERSION_MISMATCH");
        assertThat(eventLog.headPosition()).isEqualTo(head);
    }

    @Test
    void aBrokenRuleIsAProblemWithAStableCodeAndAppendsNothing() {
        String tenantId =
                ops().post("/api/tenants", Campus.tenant("Never Arrived NV", "START_UP"))
                        .json()
                        .get("id")
                        .asString();
        long head = eventLog.headPosition();

        LedgerHttp.Response refused =
                ops().post(
                                "/api/tenants/" + tenantId + "/departure",
                                body("date", "2024-01-15", "reason", "closing"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("code").asString()).isEqualTo("TENANT_NOT_ON_CAMPUS");
        assertThat(problem.get("type").asString()).isNotBlank();
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("detail").asString()).contains("never arrived");
        assertThat(eventLog.headPosition()).isEqualTo(head);
    }

    @Test
    void registeringTheSameCompanyTwiceIsAConflict() {
        Map<String, Object> tenant = Campus.tenant("Twice NV", "ESTABLISHED");
        ops().post("/api/tenants", tenant);

        LedgerHttp.Response again = ops().post("/api/tenants", tenant);

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("TENANT_ALREADY_REGISTERED");
    }

    @Test
    void anUnknownEntityIs404() {
        LedgerHttp.Response missing =
                ops().post("/api/tenants/tenant-0999999999/arrival", body("date", "2023-01-15"));

        assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void badInputIs400NamingEachBadField() {
        Map<String, Object> bad =
                body(
                        "name",
                        "",
                        "enterpriseNumber",
                        "0403.170.702",
                        "profile",
                        "START_UP",
                        "sector",
                        "robots");
        long head = eventLog.headPosition();

        LedgerHttp.Response refused = ops().post("/api/tenants", bad);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .contains("enterpriseNumber");
        assertThat(eventLog.headPosition()).isEqualTo(head);
    }

    @Test
    void missingFieldsAreEachNamed() {
        LedgerHttp.Response refused = ops().post("/api/units", body("code", "X1"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .contains("building", "type", "areaM2", "availableFrom");
    }

    @Test
    void anUnknownFieldIsRejectedNamingIt() {
        Map<String, Object> unit = Campus.unit("U1", "LAB", "100.00");
        unit.put("colour", "red");

        LedgerHttp.Response refused = ops().post("/api/units", unit);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("colour");
    }

    @Test
    void wrongTypesUnparseableDatesAndAbsurdQuantitiesAreClean400s() {
        Map<String, Object> badDate = Campus.unit("U2", "LAB", "100.00");
        badDate.put("availableFrom", "2022-13-45");
        Map<String, Object> negative = Campus.unit("U3", "LAB", "-5");
        Map<String, Object> absurd = Campus.unit("U4", "LAB", "99999999999");
        Map<String, Object> threeDecimals = Campus.unit("U5", "LAB", "10.125");
        Map<String, Object> wrongType = Campus.unit("U6", "LAB", "100.00");
        wrongType.put("type", 42);

        for (Map<String, Object> bad :
                new Map[] {badDate, negative, absurd, threeDecimals, wrongType}) {
            LedgerHttp.Response refused = ops().post("/api/units", bad);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.text()).doesNotContain("Exception").doesNotContain("be.thorpark");
            assertThat(refused.json().get("errors")).isNotNull();
        }
    }

    @Test
    void malformedJsonAndOversizedBodiesAreClean4xx() {
        LedgerHttp.Response malformed = ops().post("/api/units", "{\"code\": ");
        LedgerHttp.Response oversized =
                ops().post("/api/units", "{\"code\": \"" + "x".repeat(2_000_000) + "\"}");
        LedgerHttp.Response nested = ops().post("/api/units", "[".repeat(500) + "]".repeat(500));

        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertThat(oversized.status()).as(oversized.toString()).isEqualTo(413);
        assertThat(nested.status()).as(nested.toString()).isEqualTo(400);
    }

    @Test
    void theEventsCarryTheActorCorrelationIdIdempotencyKeyAndReason() {
        LedgerHttp.Response created =
                ops().post(
                                "/api/units",
                                Campus.unit("L2.07", "LAB", "250.50"),
                                "Idempotency-Key",
                                "unit-l2-07",
                                "X-Correlation-Id",
                                "corr-l2-07");
        String id = created.json().get("id").asString();

        JsonNode history = auditor().get("/api/entities/" + id + "/history").json();

        JsonNode registered = history.get("events").get(0);
        assertThat(registered.get("type").asString()).isEqualTo("UnitRegistered");
        assertThat(registered.get("actor").asString()).isEqualTo("ops");
        assertThat(registered.get("correlationId").asString()).isEqualTo("corr-l2-07");
        assertThat(registered.get("idempotencyKey").asString()).isEqualTo("unit-l2-07");
        assertThat(registered.get("reason").asString())
                .isEqualTo("provisional delivery of the building");
        assertThat(registered.get("causationId").asString()).isNotBlank();
        assertThat(registered.get("payload").get("area").asString()).isEqualTo("250.50");
    }
}
