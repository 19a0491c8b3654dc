package be.thorpark.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.web.testapp.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The OData feed is read by reporting tools and auditors; its event history and past states by
 * auditors only.
 */
class ODataAccessRulesTest extends LedgerHttpTest {

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
        "GET, /odata/, anonymous, 401",
        "GET, /odata/, rep, 200",
        "GET, /odata/$metadata, rep, 200",
        "GET, /odata/$metadata, aud, 200",
        "GET, /odata/$metadata, ops, 403",
        "GET, /odata/Tenants, rep, 200",
        "GET, /odata/Tenants, aud, 200",
        "GET, /odata/Tenants, ops, 403",
        "GET, /odata/Tenants, adm, 403",
        "GET, /odata/Tenants?asOfPosition=3, rep, 403",
        "GET, /odata/Tenants?asOfPosition=3, aud, 200",
        "GET, /odata/Tenants?asOfTime=2026-01-01T00:00:00Z, rep, 403",
        "GET, /odata/Events, rep, 403",
        "GET, /odata/Events, aud, 200",
        "GET, /odata/Events(3), rep, 403",
        "GET, /odata/Events(3), aud, 200",
        "GET, /odata/Events/$count, rep, 403",
        "GET, /odata/events, rep, 403",
        "GET, /odata/Events%283%29, rep, 403",
        "GET, /odata/EventsPerMonth, rep, 200",
        "GET, /odata/Claims, rep, 200",
        "GET, /odata/ExpenditureLines, rep, 200",
        "GET, /odata/Indicators?date=2024-06-30, rep, 200",
        "GET, /odata/Indicators?asOfPosition=3, rep, 403",
        "GET, /odata/Indicators?asOfPosition=3, aud, 200",
        "GET, /odata/ExpenditureLines, ops, 403",
        "POST, /odata/Tenants, rep, 403",
        "POST, /odata/Tenants, ops, 403",
    })
    void theFeedLetsReportingAndAuditorsIn(String method, String path, String user, int expected) {
        Http.Response response = as(user, method, path).send();

        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        if (expected == 401 || expected == 403) {
            assertProblem(response, expected);
        }
    }

    @Test
    void aBearerTokenIsCheckedOnTheFeedAsEverywhere() {
        Http.Response valid =
                http.request("GET", "/odata/Tenants")
                        .header("Authorization", "Bearer ops-token")
                        .send();
        Http.Response forged =
                http.request("GET", "/odata/Tenants")
                        .header("Authorization", "Bearer forged")
                        .send();

        assertProblem(valid, 403);
        assertProblem(forged, 401);
    }
}
