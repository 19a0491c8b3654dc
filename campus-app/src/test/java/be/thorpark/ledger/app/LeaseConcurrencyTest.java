package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.eventstore.StoredEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many simultaneous leases on one unit: the unit is never overfilled, and every request gets a
 * clean answer.
 */
class LeaseConcurrencyTest extends LedgerAppTest {

    @Test
    void parallelLeasesOnOneUnitNeverOverfillIt() throws Exception {
        String unitId =
                ops().post("/api/units", Campus.unit("SHARED-LAB", "LAB", "1000.00"))
                        .json()
                        .get("id")
                        .asString();
        List<String> tenants = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tenants.add(
                    ops().post("/api/tenants", Campus.tenant("Racer " + i + " NV", "START_UP"))
                            .json()
                            .get("id")
                            .asString());
        }
        int requests = 24;
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<LedgerHttp.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                String tenantId = tenants.get(i % tenants.size());
                Callable<LedgerHttp.Response> sign =
                        () ->
                                ops().post(
                                                "/api/leases",
                                                Campus.lease(
                                                        tenantId,
                                                        unitId,
                                                        "100.00",
                                                        "2023-03-01",
                                                        "2026-02-28",
                                                        "1800.00"));
                answers.add(pool.submit(sign));
            }
            int signed = 0;
            int gaveUp = 0;
            for (Future<LedgerHttp.Response> answer : answers) {
                LedgerHttp.Response response = answer.get();
                assertThat(response.status()).as(response.toString()).isIn(201, 409);
                if (response.status() == 201) {
                    signed++;
                } else {
                    String code = response.json().get("code").asString();
                    assertThat(code).isIn("UNIT_ALREADY_LEASED", "CONCURRENT_MODIFICATION");
                    gaveUp += code.equals("CONCURRENT_MODIFICATION") ? 1 : 0;
                }
            }
            // Ten leases of 100 m2 fill the unit; a request refused for being full proves the unit
            // was full then.
            assertThat(signed).isEqualTo(gaveUp == 0 ? 10 : signed).isBetween(1, 10);
            assertThat(allocatedOn(unitId)).isEqualByComparingTo(new BigDecimal(signed * 100));
            assertThat(allocatedOn(unitId)).isLessThanOrEqualTo(new BigDecimal("1000.00"));
        } finally {
            pool.shutdownNow();
        }
    }

    private BigDecimal allocatedOn(String unitId) {
        BigDecimal total = BigDecimal.ZERO;
        for (StoredEvent event : eventLog.readEntity(unitId)) {
            if (event.payloadType().endsWith("UnitSpaceAllocated")) {
                String area = LedgerHttp.JSON.readTree(event.payload()).get("area").asString();
                total = total.add(new BigDecimal(area));
            }
        }
        return total;
    }
}
