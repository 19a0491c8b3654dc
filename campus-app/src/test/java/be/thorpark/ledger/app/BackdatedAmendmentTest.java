package be.thorpark.ledger.app;

import static be.thorpark.ledger.app.LedgerHttp.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The case of a backdated amendment over HTTP: a 600 m2 lease on a 1,000 m2 unit, amended to 400 m2
 * from 2024-01-01, then to 200 m2 effective 2023-07-01 (recorded later, no end date). The 200 m2
 * hold only until 2024-01-01, so an 800 m2 lease from 2024-06-01 does not fit, and the units view
 * never shows more than the unit's area.
 */
class BackdatedAmendmentTest extends LedgerAppTest {

    @Test
    void aBackdatedAmendmentDoesNotFreeAreaThatALaterAmendmentStillHolds() {
        LedgerHttp ops = ops();
        String unit =
                ops.post("/api/units", Campus.unit("BD-1", "PRODUCTION_HALL", "1000.00"))
                        .json()
                        .get("id")
                        .asString();
        String first =
                ops.post("/api/tenants", Campus.tenant("Backdated Robotics NV", "SCALE_UP"))
                        .json()
                        .get("id")
                        .asString();
        String second =
                ops.post("/api/tenants", Campus.tenant("Late Comer NV", "START_UP"))
                        .json()
                        .get("id")
                        .asString();
        String lease =
                ops.post(
                                "/api/leases",
                                Campus.lease(
                                        first,
                                        unit,
                                        "600.00",
                                        "2023-01-01",
                                        "2025-12-31",
                                        "6000.00"))
                        .json()
                        .get("id")
                        .asString();
        assertThat(
                        ops.post(
                                        "/api/leases/" + lease + "/amendments",
                                        body("effectiveDate", "2024-01-01", "areaM2", "400.00"))
                                .status())
                .isEqualTo(200);
        LedgerHttp.Response backdated =
                ops.post(
                        "/api/leases/" + lease + "/amendments",
                        body("effectiveDate", "2023-07-01", "areaM2", "200.00"));
        assertThat(backdated.status()).as(backdated.toString()).isEqualTo(200);

        LedgerHttp.Response tooLarge =
                ops.post(
                        "/api/leases",
                        Campus.lease(
                                second, unit, "800.00", "2024-06-01", "2025-12-31", "8000.00"));

        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(409);
        assertThat(tooLarge.json().get("code").asString()).isEqualTo("UNIT_ALREADY_LEASED");
        assertThat(leased(unit, "2024-07-01", backdated.position())).isEqualByComparingTo("400.00");
        assertThat(leased(unit, "2023-08-01", backdated.position())).isEqualByComparingTo("200.00");
        assertThat(leased(unit, "2023-03-01", backdated.position())).isEqualByComparingTo("600.00");
        LedgerHttp.Response fits =
                ops.post(
                        "/api/leases",
                        Campus.lease(
                                second, unit, "600.00", "2024-06-01", "2025-12-31", "6000.00"));
        assertThat(fits.status()).as(fits.toString()).isEqualTo(201);
        assertThat(leased(unit, "2024-07-01", fits.position())).isEqualByComparingTo("1000.00");
    }

    /** The unit's leased area on a date as the units list shows it. */
    private BigDecimal leased(String unit, String date, long position) {
        JsonNode units =
                reporter()
                        .get("/api/units?size=1000&date=" + date + "&minPosition=" + position)
                        .json();
        JsonNode line =
                units.get("items")
                        .valueStream()
                        .filter(u -> u.get("id").asString().equals(unit))
                        .findFirst()
                        .orElseThrow();
        BigDecimal leased = new BigDecimal(line.get("leasedArea").asString());
        assertThat(leased)
                .as("leased on %s", date)
                .isLessThanOrEqualTo(new BigDecimal(line.get("area").asString()));
        return leased;
    }
}
