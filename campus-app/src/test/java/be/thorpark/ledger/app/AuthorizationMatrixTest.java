package be.thorpark.ledger.app;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against every role and against no login: 401 without credentials, 403 for a role that may not, and
 * past security (any answer but 401 and 403) for a role that may.
 */
class AuthorizationMatrixTest extends LedgerAppTest {

    private static final Set<String> OPS = Set.of("ops");
    private static final Set<String> READERS = Set.of("reporter", "auditor");
    private static final Set<String> AUDIT = Set.of("auditor");
    private static final Set<String> ADMIN = Set.of("admin");
    private static final Map<String, String> PASSWORDS = Map.of("ops", "ops-secret", "reporter", "rep-secret",
            "auditor", "aud-secret", "admin", "adm-secret");

    static Stream<Arguments> endpoints() {
        String p = "/api/funding-programmes/programme-x";
        return Stream.of(
                Arguments.of("POST", "/api/units", OPS),
                Arguments.of("POST", "/api/tenants", OPS),
                Arguments.of("POST", "/api/tenants/tenant-0403170701/arrival", OPS),
                Arguments.of("POST", "/api/tenants/tenant-0403170701/departure", OPS),
                Arguments.of("POST", "/api/tenants/tenant-0403170701/jobs", OPS),
                Arguments.of("POST", "/api/leases", OPS),
                Arguments.of("POST", "/api/leases/lease-x/amendments", OPS),
                Arguments.of("POST", "/api/leases/lease-x/termination", OPS),
                Arguments.of("POST", "/api/funding-programmes", OPS),
                Arguments.of("POST", p + "/reports", OPS),
                Arguments.of("POST", p + "/reports/report-x/approval", OPS),
                Arguments.of("POST", p + "/reports/report-x/rejection", OPS),
                Arguments.of("POST", p + "/reports/report-x/resubmission", OPS),
                Arguments.of("POST", p + "/disbursements", OPS),
                Arguments.of("POST", p + "/disbursements/disbursement-x/payment", OPS),
                Arguments.of("POST", p + "/steering-committee-meetings", OPS),
                Arguments.of("GET", "/api/tenants", READERS),
                Arguments.of("GET", "/api/tenants/tenant-0403170701", READERS),
                Arguments.of("GET", "/api/units", READERS),
                Arguments.of("GET", "/api/occupancy", READERS),
                Arguments.of("GET", "/api/leases", READERS),
                Arguments.of("GET", "/api/leases/lease-x", READERS),
                Arguments.of("GET", "/api/jobs", READERS),
                Arguments.of("GET", "/api/funding-programmes", READERS),
                Arguments.of("GET", p, READERS),
                Arguments.of("GET", "/api/tenants?asOfPosition=1", AUDIT),
                Arguments.of("GET", "/api/occupancy?asOfTime=2024-01-01T00:00:00Z", AUDIT),
                Arguments.of("GET", "/api/events?after=0&limit=1", AUDIT),
                Arguments.of("GET", "/api/events/stream?after=0", AUDIT),
                Arguments.of("GET", "/api/entities/tenant-0403170701/history", AUDIT),
                Arguments.of("GET", "/api/integrity", AUDIT),
                Arguments.of("GET", "/api/integrity/digest", AUDIT),
                Arguments.of("POST", "/api/integrity/digest", AUDIT),
                Arguments.of("GET", "/api/integrity/key", AUDIT),
                Arguments.of("GET", "/api/exports/events", AUDIT),
                Arguments.of("POST", "/api/admin/tenants/tenant-0403170701/contact/erasure", ADMIN),
                Arguments.of("GET", "/actuator/metrics", ADMIN),
                Arguments.of("GET", "/actuator/health", Set.of("anonymous", "ops", "reporter", "auditor", "admin")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void eachRoleGetsExactlyTheAccessDesigned(String method, String path, Set<String> allowed) {
        for (String user : new String[] {"anonymous", "ops", "reporter", "auditor", "admin"}) {
            LedgerHttp http = user.equals("anonymous") ? anonymous() : new LedgerHttp(port).as(user,
                    PASSWORDS.get(user));
            LedgerHttp.Response response = method.equals("GET") ? http.get(path) : http.post(path, "{}");
            if (allowed.contains(user)) {
                assertThat(response.status()).as("%s %s as %s: %s", method, path, user, response)
                        .isNotIn(401, 403);
            } else if (user.equals("anonymous")) {
                assertThat(response.status()).as("%s %s without login", method, path).isEqualTo(401);
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            } else {
                assertThat(response.status()).as("%s %s as %s: %s", method, path, user, response).isEqualTo(403);
                assertThat(response.text()).doesNotContain("Exception").doesNotContain("be.thorpark");
            }
        }
    }
}
