package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No value is stored as something else than what was sent: every coercion Jackson would make by
 * default is refused with 400 naming the field, and nothing is appended.
 */
class StrictInputTest extends LedgerAppTest {

    private String jobsPath;

    @BeforeEach
    void aRegisteredTenant() {
        String tenant =
                ops().post("/api/tenants", Campus.tenant("Strict Input NV", "START_UP"))
                        .json()
                        .get("id")
                        .asString();
        jobsPath = "/api/tenants/" + tenant + "/jobs";
    }

    @Test
    void aCountWithDecimalsIsNoWholeNumber() {
        refused(jobsPath, jobs("\"CREATED\"", "12.5", "\"2023-01-01\""), "count");
    }

    @Test
    void aCountGivenAsTextIsNoNumber() {
        refused(jobsPath, jobs("\"CREATED\"", "\"12\"", "\"2023-01-01\""), "count");
    }

    @Test
    void aNumberIsNoJobChange() {
        refused(jobsPath, jobs("1", "12", "\"2023-01-01\""), "change");
    }

    @Test
    void aNumberIsNoDate() {
        refused(jobsPath, jobs("\"CREATED\"", "12", "20230101"), "effectiveDate");
        refused(
                "/api/leases/lease-0/amendments",
                "{\"effectiveDate\": 20230101, \"areaM2\": \"10.00\"}",
                "effectiveDate");
    }

    @Test
    void aKeyGivenTwiceIsRefusedRatherThanTheLastOneWinning() {
        refused(
                jobsPath,
                "{\"change\": \"CREATED\", \"count\": 5, \"count\": 7, \"category\":"
                        + " \"production\", \"effectiveDate\": \"2023-01-01\"}",
                "count");
    }

    @Test
    void aNumberIsNoText() {
        refused(
                "/api/units",
                "{\"code\": 12345, \"building\": \"SMC\", \"type\": \"LAB\", \"areaM2\": \"10.00\","
                        + " \"availableFrom\": \"2023-01-01\"}",
                "code");
        refused(
                jobsPath,
                "{\"change\": \"CREATED\", \"count\": 5, \"category\": true, "
                        + "\"effectiveDate\": \"2023-01-01\"}",
                "category");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0000-01-01",
                "+99999-01-01",
                "1899-12-31",
                "2200-01-01",
                "2023-02-30",
                "2023-1-01"
            })
    void aDateOutsideTheYearsTheLedgerAcceptsIsRefused(String date) {
        refused(jobsPath, jobs("\"CREATED\"", "12", "\"" + date + "\""), "effectiveDate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "2199-12-31"})
    void theFirstAndLastAcceptedYearsAreAccepted(String date) {
        LedgerHttp.Response accepted =
                ops().post(jobsPath, jobs("\"CREATED\"", "12", "\"" + date + "\""));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    }

    private static String jobs(String change, String count, String effectiveDate) {
        return "{\"change\": "
                + change
                + ", \"count\": "
                + count
                + ", \"category\": \"production\", "
                + "\"effectiveDate\": "
                + effectiveDate
                + "}";
    }

    private void refused(String path, String json, String field) {
        long head = eventLog.headPosition();

        LedgerHttp.Response response = ops().post(path, json);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .as(response.toString())
                .containsExactly(field);
        assertThat(response.text()).doesNotContain("tools.jackson").doesNotContain("java.");
        assertThat(eventLog.headPosition()).isEqualTo(head);
    }
}
