package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint against every role and against no login: 401 without credentials, 403 for a role
 * that may not, and past security (any answer but 401 and 403) for a role that may. The endpoints
 * are those the running application maps, so a new one cannot be left out: each needs its entry in
 * {@link #EXPECTED}, or this test fails. A read is also checked as HEAD, with the same roles.
 */
class AuthorizationMatrixTest extends LedgerAppTest {

    private static final Set<String> OPS = Set.of("ops");
    private static final Set<String> READERS = Set.of("reporter", "auditor");
    private static final Set<String> AUDIT = Set.of("auditor");
    private static final Set<String> ADMIN = Set.of("admin");
    private static final Set<String> EVERYONE =
            Set.of("anonymous", "ops", "reporter", "auditor", "admin");
    private static final Set<String> LOGGED_IN = Set.of("ops", "reporter", "auditor", "admin");
    private static final Map<String, String> PASSWORDS =
            Map.of(
                    "ops",
                    "ops-secret",
                    "reporter",
                    "rep-secret",
                    "auditor",
                    "aud-secret",
                    "admin",
                    "adm-secret");
    private static final String P = "/api/funding-programmes/{id}";

    /**
     * Who may call each mapped endpoint, keyed {@code METHOD /pattern} as the handler mappings
     * state them.
     */
    private static final Map<String, Set<String>> EXPECTED = expected();

    /**
     * Mappings that are not endpoints of the ledger: the container's error page answers every
     * failed request.
     */
    private static final Set<String> NOT_ENDPOINTS =
            Set.of(
                    "ANY /error",
                    // The browser's own pages, answered by its form-login chain (BrowserLoginTest
                    // checks them).
                    "GET /login",
                    "GET /session");

    /** Requests the mappings cannot show: reads of the past, and the actuator's own endpoints. */
    private static final Map<String, Set<String>> EXTRA_REQUESTS =
            Map.of(
                    "GET /api/tenants?asOfPosition=1", AUDIT,
                    "GET /api/occupancy?asOfTime=2024-01-01T00:00:00Z", AUDIT,
                    "HEAD /api/units?asOfPosition=1", AUDIT,
                    "GET /actuator/metrics", ADMIN,
                    "GET /actuator/health", EVERYONE);

    /**
     * Bodies that pass security but change nothing: an empty rebuild request would rebuild every
     * view.
     */
    private static final Map<String, String> PROBE_BODIES =
            Map.of("/api/admin/rebuilds", "{\"views\": [\"no-such-view\"]}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static Map<String, Set<String>> expected() {
        Map<String, Set<String>> e = new LinkedHashMap<>();
        e.put("POST /api/units", OPS);
        e.put("POST /api/tenants", OPS);
        e.put("POST /api/tenants/{tenantId}/arrival", OPS);
        e.put("POST /api/tenants/{tenantId}/departure", OPS);
        e.put("POST /api/tenants/{tenantId}/jobs", OPS);
        e.put("POST /api/leases", OPS);
        e.put("POST /api/leases/{leaseId}/amendments", OPS);
        e.put("POST /api/leases/{leaseId}/termination", OPS);
        e.put("POST /api/funding-programmes", OPS);
        e.put("POST " + P + "/reports", OPS);
        e.put("POST " + P + "/reports/{reportId}/approval", OPS);
        e.put("POST " + P + "/reports/{reportId}/rejection", OPS);
        e.put("POST " + P + "/reports/{reportId}/resubmission", OPS);
        e.put("POST " + P + "/disbursements", OPS);
        e.put("POST " + P + "/disbursements/{disbursementId}/payment", OPS);
        e.put("POST " + P + "/steering-committee-meetings", OPS);
        e.put("POST " + P + "/reports/{reportId}/submission", OPS);
        e.put("POST " + P + "/reports/{reportId}/lines", OPS);
        e.put("POST " + P + "/reports/{reportId}/lines/{lineId}/withdrawal", OPS);
        e.put("POST " + P + "/reports/{reportId}/lines/{lineId}/acceptance", OPS);
        e.put("POST " + P + "/reports/{reportId}/lines/{lineId}/refusal", OPS);
        e.put("POST " + P + "/sources/{code}/co-financing-rate", OPS);
        e.put("POST /api/evidence", OPS);
        e.put("GET /api/evidence/{sha256}", Set.of("ops", "auditor"));
        e.put("GET " + P + "/claims", READERS);
        e.put("GET " + P + "/reports/{reportId}/lines", READERS);
        e.put("GET " + P + "/reports/{reportId}/pack", AUDIT);
        e.put("GET /api/indicators", READERS);
        e.put("POST /api/admin/tokens", ADMIN);
        e.put("GET /api/admin/tokens", ADMIN);
        e.put("GET /api/admin/tokens/{id}", ADMIN);
        e.put("DELETE /api/admin/tokens/{id}", ADMIN);
        e.put("GET /odata", READERS);
        e.put("GET /odata/**", READERS);
        e.put("GET /v3/api-docs", LOGGED_IN);
        e.put("GET /v3/api-docs.yaml", LOGGED_IN);
        e.put("GET /v3/api-docs/swagger-config", LOGGED_IN);
        e.put("GET /swagger-ui.html", LOGGED_IN);
        e.put("GET /api/tenants", READERS);
        e.put("GET /api/tenants/{id}", READERS);
        e.put("GET /api/units", READERS);
        e.put("GET /api/units/{id}", READERS);
        e.put("GET /api/occupancy", READERS);
        e.put("GET /api/leases", READERS);
        e.put("GET /api/leases/rent-roll", READERS);
        e.put("GET /api/leases/{id}", READERS);
        e.put("GET /api/jobs", READERS);
        e.put("GET /api/funding-programmes", READERS);
        e.put("GET " + P, READERS);
        e.put("GET " + P + "/sources", READERS);
        e.put("GET " + P + "/reports", READERS);
        e.put("GET " + P + "/reports/{reportId}", READERS);
        e.put("GET " + P + "/disbursements", READERS);
        e.put("GET " + P + "/disbursements/{disbursementId}", READERS);
        e.put("GET " + P + "/steering-committee-meetings", READERS);
        e.put("GET " + P + "/steering-committee-meetings/{meetingId}", READERS);
        e.put("GET /api/events", AUDIT);
        e.put("GET /api/events/stream", AUDIT);
        e.put("GET /api/entities/{id}/history", AUDIT);
        e.put("GET /api/integrity", AUDIT);
        e.put("GET /api/integrity/digest", AUDIT);
        e.put("POST /api/integrity/digest", AUDIT);
        e.put("GET /api/integrity/key", AUDIT);
        e.put("GET /api/exports/events", AUDIT);
        e.put("POST /api/integrity/runs", AUDIT);
        e.put("GET /api/integrity/runs/{id}", AUDIT);
        e.put("POST /api/exports/runs", AUDIT);
        e.put("GET /api/exports/runs/{id}", AUDIT);
        e.put("GET /api/exports/runs/{id}/bundle", AUDIT);
        e.put("GET /api/demo-load", READERS);
        e.put("POST /api/admin/tenants/{tenantId}/contact/erasure", ADMIN);
        e.put("POST /api/admin/rebuilds", ADMIN);
        e.put("GET /api/admin/rebuilds", ADMIN);
        e.put("GET /api/admin/rebuilds/{id}", ADMIN);
        e.put("GET /api/admin/processors", ADMIN);
        return e;
    }

    /** Every {@code METHOD /pattern} the application maps, as the keys of {@link #EXPECTED}. */
    private Set<String> mapped() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
            }
        }
        endpoints.removeAll(NOT_ENDPOINTS);
        return endpoints;
    }

    @Test
    void everyMappedEndpointHasItsExpectedRolesAndEveryExpectationAMapping() {
        Set<String> mapped = mapped();

        assertThat(mapped)
                .as("mapped endpoints without an entry in EXPECTED")
                .isSubsetOf(EXPECTED.keySet());
        assertThat(EXPECTED.keySet())
                .as("entries in EXPECTED that nothing maps any more")
                .isSubsetOf(mapped);
    }

    @TestFactory
    Stream<DynamicTest> eachRoleGetsExactlyTheAccessDesigned() {
        Map<String, Set<String>> requests = new LinkedHashMap<>();
        for (String endpoint : mapped()) {
            Set<String> allowed = EXPECTED.get(endpoint);
            if (allowed == null) {
                continue;
            }
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));
            requests.put(method + " " + path, allowed);
            if (method.equals("GET") && path.startsWith("/api/")) {
                requests.put("HEAD " + path, allowed);
            }
        }
        requests.putAll(EXTRA_REQUESTS);
        List<DynamicTest> tests = new ArrayList<>();
        requests.forEach(
                (request, allowed) ->
                        tests.add(
                                DynamicTest.dynamicTest(
                                        request,
                                        () ->
                                                check(
                                                        request.substring(0, request.indexOf(' ')),
                                                        request.substring(request.indexOf(' ') + 1),
                                                        allowed))));
        return tests.stream();
    }

    /**
     * A path to call for a pattern: each variable becomes a sample id (nothing needs to exist past
     * security).
     */
    private static String concrete(String pattern) {
        return pattern.replaceAll("\\{([A-Za-z0-9]+)}", "sample-$1");
    }

    private void check(String method, String path, Set<String> allowed) {
        for (String user : new String[] {"anonymous", "ops", "reporter", "auditor", "admin"}) {
            LedgerHttp http =
                    user.equals("anonymous")
                            ? anonymous()
                            : new LedgerHttp(port).as(user, PASSWORDS.get(user));
            LedgerHttp.Response response =
                    switch (method) {
                        case "GET" -> http.get(path);
                        case "HEAD" -> http.head(path);
                        case "POST" -> http.post(path, PROBE_BODIES.getOrDefault(path, "{}"));
                        case "DELETE" -> http.delete(path);
                        default ->
                                throw new IllegalArgumentException(
                                        "no probe for " + method + " " + path);
                    };
            if (allowed.contains(user)) {
                assertThat(response.status())
                        .as("%s %s as %s: %s", method, path, user, response)
                        .isNotIn(401, 403);
            } else if (user.equals("anonymous")) {
                assertThat(response.status())
                        .as("%s %s without login", method, path)
                        .isEqualTo(401);
                if (!method.equals("HEAD")) {
                    assertThat(response.header("Content-Type"))
                            .startsWith("application/problem+json");
                }
            } else {
                assertThat(response.status())
                        .as("%s %s as %s: %s", method, path, user, response)
                        .isEqualTo(403);
                assertThat(response.text())
                        .doesNotContain("Exception")
                        .doesNotContain("be.thorpark");
            }
        }
    }
}
