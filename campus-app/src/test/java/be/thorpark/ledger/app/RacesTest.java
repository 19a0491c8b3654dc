package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Sixteen clients at once on one unit, one programme's commitment and one disbursement: every
 * answer is a success or a refusal the contract names (409, 412, 422), and what the views show
 * afterwards is exactly what the accepted commands add up to.
 */
class RacesTest extends LedgerAppTest {

    private static final int CLIENTS = 16;
    private static final List<Integer> CONTRACT_ANSWERS = List.of(200, 201, 409, 412, 422);

    private final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);

    @AfterEach
    void stopClients() {
        pool.shutdownNow();
    }

    @Test
    void sixteenLeasesRacingForOneUnitNeverOverfillIt() throws Exception {
        String unitId =
                ops().post("/api/units", Campus.unit("RACE-1", "PRODUCTION_HALL", "1000.00"))
                        .json()
                        .get("id")
                        .asString();
        String tenantId =
                ops().post("/api/tenants", Campus.tenant("Racing Leases NV", "SCALE_UP"))
                        .json()
                        .get("id")
                        .asString();

        List<LedgerHttp.Response> answers =
                race(
                        i ->
                                ops().post(
                                                "/api/leases",
                                                Campus.lease(
                                                        tenantId,
                                                        unitId,
                                                        "150.00",
                                                        "2024-01-01",
                                                        "2026-12-31",
                                                        "2000.00")));

        long accepted = count(answers, 201);
        assertThat(accepted).as("leases of 150 m2 that fit 1,000 m2").isBetween(1L, 6L);
        if (!anyConcurrentModification(answers)) {
            assertThat(accepted)
                    .as("with no command given up on, every lease that fits")
                    .isEqualTo(6);
        }
        JsonNode unit =
                reporter()
                        .get(
                                "/api/units/"
                                        + unitId
                                        + "?date=2025-01-01&minPosition="
                                        + last(answers))
                        .json();
        assertThat(new BigDecimal(unit.get("leasedArea").asString()))
                .isEqualByComparingTo(
                        new BigDecimal("150.00").multiply(BigDecimal.valueOf(accepted)));
        assertThat(unit.get("activeLeases").asLong()).isEqualTo(accepted);
        assertThat(
                        answers.stream()
                                .filter(a -> a.status() == 409)
                                .map(a -> a.json().get("code").asString())
                                .distinct())
                .isSubsetOf("UNIT_ALREADY_LEASED", "CONCURRENT_MODIFICATION");
    }

    @Test
    void sixteenRequestsRacingForOneCommitmentNeverExceedIt() throws Exception {
        LedgerHttp.Response programme = ops().post("/api/funding-programmes", Campus.programme());
        String base = "/api/funding-programmes/" + programme.json().get("id").asString();

        List<LedgerHttp.Response> answers =
                race(
                        i ->
                                ops().post(
                                                base + "/disbursements",
                                                body("source", "HERMES", "amount", "90000.00")));

        long accepted = count(answers, 201);
        assertThat(accepted)
                .as("requests of 90,000 that fit the 1,000,000 Hermes commitment")
                .isBetween(1L, 11L);
        if (!anyConcurrentModification(answers)) {
            assertThat(accepted)
                    .as("with no command given up on, every request that fits")
                    .isEqualTo(11);
        }
        JsonNode funding = reporter().get(base + "?minPosition=" + last(answers)).json();
        JsonNode hermes =
                funding.get("sources")
                        .valueStream()
                        .filter(s -> s.get("code").asString().equals("HERMES"))
                        .findFirst()
                        .orElseThrow();
        assertThat(new BigDecimal(hermes.get("requested").asString()))
                .isEqualByComparingTo(
                        new BigDecimal("90000.00").multiply(BigDecimal.valueOf(accepted)));
        assertThat(new BigDecimal(hermes.get("remaining").asString())).isNotNegative();
        assertThat(funding.get("disbursements").size()).isEqualTo((int) accepted);
    }

    @Test
    void sixteenPaymentsOfOneDisbursementPayItOnce() throws Exception {
        LedgerHttp.Response programme = ops().post("/api/funding-programmes", Campus.programme());
        String base = "/api/funding-programmes/" + programme.json().get("id").asString();
        String disbursement =
                ops().post(base + "/disbursements", body("source", "BANK", "amount", "500000.00"))
                        .json()
                        .get("id")
                        .asString();

        List<LedgerHttp.Response> answers =
                race(
                        i ->
                                ops().post(
                                                base
                                                        + "/disbursements/"
                                                        + disbursement
                                                        + "/payment",
                                                body("paidOn", "2024-03-0" + (1 + i % 9))));

        assertThat(count(answers, 200)).isEqualTo(1);
        JsonNode paid =
                reporter()
                        .get(
                                base
                                        + "/disbursements/"
                                        + disbursement
                                        + "?minPosition="
                                        + last(answers))
                        .json();
        assertThat(paid.get("status").asString()).isEqualTo("PAID");
        String paidOn =
                answers.stream()
                        .filter(a -> a.status() == 200)
                        .findFirst()
                        .orElseThrow()
                        .json()
                        .get("id")
                        .asString();
        assertThat(paidOn).isEqualTo(disbursement);
        JsonNode bank =
                reporter()
                        .get(base + "?minPosition=" + last(answers))
                        .json()
                        .get("sources")
                        .valueStream()
                        .filter(s -> s.get("code").asString().equals("BANK"))
                        .findFirst()
                        .orElseThrow();
        assertThat(bank.get("paid").asString()).isEqualTo("500000.00");
        assertThat(bank.get("requested").asString()).isEqualTo("0.00");
    }

    @Test
    void sixteenAmendmentsWithOneIfMatchApplyOnce() throws Exception {
        String unitId =
                ops().post("/api/units", Campus.unit("RACE-2", "LAB", "500.00"))
                        .json()
                        .get("id")
                        .asString();
        String tenantId =
                ops().post("/api/tenants", Campus.tenant("Racing Amendments NV", "START_UP"))
                        .json()
                        .get("id")
                        .asString();
        String lease =
                ops().post(
                                "/api/leases",
                                Campus.lease(
                                        tenantId,
                                        unitId,
                                        "100.00",
                                        "2024-01-01",
                                        "2026-12-31",
                                        "1000.00"))
                        .json()
                        .get("id")
                        .asString();

        List<LedgerHttp.Response> answers =
                race(
                        i ->
                                ops().post(
                                                "/api/leases/" + lease + "/amendments",
                                                body(
                                                        "effectiveDate",
                                                        "2025-01-01",
                                                        "areaM2",
                                                        (100 + i) + ".00"),
                                                "If-Match",
                                                "\"1\""));

        assertThat(count(answers, 200)).isEqualTo(1);
        assertThat(count(answers, 412)).isEqualTo(CLIENTS - 1);
        JsonNode detail =
                reporter().get("/api/leases/" + lease + "?minPosition=" + last(answers)).json();
        assertThat(detail.get("amendments").size()).isEqualTo(1);
    }

    /**
     * Sends {@code CLIENTS} requests at the same moment and checks each answer is one the contract
     * allows.
     */
    private List<LedgerHttp.Response> race(IntFunction<LedgerHttp.Response> request)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<LedgerHttp.Response>> futures = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            int client = i;
            futures.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return request.apply(client);
                            }));
        }
        start.countDown();
        List<LedgerHttp.Response> answers = new ArrayList<>();
        for (Future<LedgerHttp.Response> future : futures) {
            answers.add(future.get(120, TimeUnit.SECONDS));
        }
        for (LedgerHttp.Response answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isIn(CONTRACT_ANSWERS);
        }
        return answers;
    }

    /** Whether a command was given up on after losing every retry (409 CONCURRENT_MODIFICATION). */
    private static boolean anyConcurrentModification(List<LedgerHttp.Response> answers) {
        return answers.stream()
                .anyMatch(
                        a ->
                                a.status() == 409
                                        && "CONCURRENT_MODIFICATION"
                                                .equals(a.json().get("code").asString()));
    }

    private static long count(List<LedgerHttp.Response> answers, int status) {
        return answers.stream().filter(a -> a.status() == status).count();
    }

    /** The highest position any accepted command reached, for a read that must reflect them all. */
    private static long last(List<LedgerHttp.Response> answers) {
        return answers.stream()
                .filter(a -> a.status() < 300)
                .mapToLong(LedgerHttp.Response::position)
                .max()
                .orElse(0);
    }
}
