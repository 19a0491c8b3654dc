package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The record stays right under odd input and repeated requests: text the store cannot keep is
 * refused before anything is appended, and copies of one keyed request, however many and however
 * concurrent, append once and all get the first answer.
 */
class RecordIntegrityTest extends LedgerAppTest {

    private static final int COPIES = 16;

    @Test
    void aJobRegistrationWithALoneSurrogateIsRefusedNamingTheCategoryAndAppendsNothing() {
        String tenantId = registerTenant("Surrogate Optics NV");
        long head = eventLog.headPosition();

        LedgerHttp.Response refused =
                ops().post(
                                "/api/tenants/" + tenantId + "/jobs",
                                "{\"change\":\"CREATED\",\"count\":3,\"category\":\"\\ud800\",\"effectiveDate\":\"2024-03-01\"}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("category");
        assertThat(eventLog.headPosition()).isEqualTo(head);
        assertThat(eventLog.readEntity(tenantId)).hasSize(1);
        JsonNode integrity = auditor().get("/api/integrity").json();
        assertThat(integrity.get("valid").asBoolean()).as(integrity.toString()).isTrue();
    }

    @Test
    void aNulInAReasonIsRefusedAndAnEmojiIsStoredAndVerifies() {
        String tenantId = registerTenant("Emoji Sensors NV");

        LedgerHttp.Response refused =
                ops().post(
                                "/api/tenants/" + tenantId + "/jobs",
                                "{\"change\":\"CREATED\",\"count\":3,\"category\":\"lab\",\"effectiveDate\":\"2024-03-01\","
                                        + "\"reason\":\"hired\\u0000\"}");
        LedgerHttp.Response accepted =
                ops().post(
                                "/api/tenants/" + tenantId + "/jobs",
                                "{\"change\":\"CREATED\",\"count\":3,\"category\":\"lab \\ud83d\\ude00\","
                                        + "\"effectiveDate\":\"2024-03-01\",\"reason\":\"hired\\tthree\"}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(eventLog.readEntity(tenantId)).hasSize(2);
        JsonNode integrity = auditor().get("/api/integrity").json();
        assertThat(integrity.get("valid").asBoolean()).as(integrity.toString()).isTrue();
    }

    @Test
    void sixteenConcurrentCopiesOfAKeyedRegistrationMakeOneCommitAndGetOneAnswer()
            throws Exception {
        Map<String, Object> tenant = Campus.tenant("Sixteen Copies NV", "SCALE_UP");
        String key = "copies-" + tenant.get("enterpriseNumber");

        List<LedgerHttp.Response> answers =
                concurrently(() -> ops().post("/api/tenants", tenant, "Idempotency-Key", key));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(201));
        assertThat(answers)
                .extracting(LedgerHttp.Response::text)
                .containsOnly(answers.get(0).text());
        assertThat(answers)
                .extracting(a -> a.header("Location"))
                .containsOnly(answers.get(0).header("Location"));
        String tenantId = answers.get(0).json().get("id").asString();
        assertThat(eventLog.readEntity(tenantId)).hasSize(1);
    }

    @Test
    void sixteenConcurrentCopiesOfAKeyedJobRegistrationAppendOnce() throws Exception {
        String tenantId = registerTenant("Sixteen Jobs NV");
        Map<String, Object> jobs =
                body(
                        "change",
                        "CREATED",
                        "count",
                        7,
                        "category",
                        "assembly",
                        "effectiveDate",
                        "2024-05-01");

        List<LedgerHttp.Response> answers =
                concurrently(
                        () ->
                                ops().post(
                                                "/api/tenants/" + tenantId + "/jobs",
                                                jobs,
                                                "Idempotency-Key",
                                                "jobs-" + tenantId));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(200));
        assertThat(answers)
                .extracting(LedgerHttp.Response::text)
                .containsOnly(answers.get(0).text());
        assertThat(answers.get(0).json().get("version").asLong()).isEqualTo(2);
        assertThat(eventLog.readEntity(tenantId)).hasSize(2);
    }

    @Test
    void aRepeatLaterIsAnsweredFromTheStoredCommitAndAnotherBodyIs422() {
        String tenantId = registerTenant("Later Repeat NV");
        Map<String, Object> jobs =
                body(
                        "change",
                        "CREATED",
                        "count",
                        2,
                        "category",
                        "office",
                        "effectiveDate",
                        "2024-06-01");
        LedgerHttp.Response first =
                ops().post(
                                "/api/tenants/" + tenantId + "/jobs",
                                jobs,
                                "Idempotency-Key",
                                "later-" + tenantId);
        ops().post(
                        "/api/tenants/" + tenantId + "/jobs",
                        body(
                                "change",
                                "CREATED",
                                "count",
                                1,
                                "category",
                                "office",
                                "effectiveDate",
                                "2024-06-02"));

        LedgerHttp.Response again =
                ops().post(
                                "/api/tenants/" + tenantId + "/jobs",
                                jobs,
                                "Idempotency-Key",
                                "later-" + tenantId);
        LedgerHttp.Response otherBody =
                ops().post(
                                "/api/tenants/" + tenantId + "/jobs",
                                body(
                                        "change",
                                        "CREATED",
                                        "count",
                                        9,
                                        "category",
                                        "office",
                                        "effectiveDate",
                                        "2024-06-01"),
                                "Idempotency-Key",
                                "later-" + tenantId);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text())
                .as("the version and position of the first answer, not of the later change")
                .isEqualTo(first.text());
        assertThat(again.header("ETag")).isEqualTo("\"2\"");
        assertThat(otherBody.status()).as(otherBody.toString()).isEqualTo(422);
        assertThat(otherBody.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(eventLog.readEntity(tenantId)).hasSize(3);
    }

    private String registerTenant(String name) {
        LedgerHttp.Response created = ops().post("/api/tenants", Campus.tenant(name, "START_UP"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static List<LedgerHttp.Response> concurrently(Supplier<LedgerHttp.Response> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(COPIES);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<LedgerHttp.Response>> futures = new ArrayList<>();
            for (int i = 0; i < COPIES; i++) {
                futures.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    return request.get();
                                }));
            }
            start.countDown();
            List<LedgerHttp.Response> answers = new ArrayList<>();
            for (Future<LedgerHttp.Response> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
