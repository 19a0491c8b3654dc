package be.thorpark.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.web.testapp.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessRulesTest extends LedgerHttpTest {

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
        // health is public; other actuator endpoints are for ADMIN
        "GET, /actuator/health, anonymous, 200",
        "GET, /actuator/info, anonymous, 401",
        "GET, /actuator/info, aud, 403",
        "GET, /actuator/info, adm, 200",
        // administration
        "GET, /api/admin/configuration, aud, 403",
        "GET, /api/admin/configuration, adm, 200",
        "POST, /api/admin/replays, ops, 403",
        "POST, /api/admin/replays, adm, 200",
        "POST, /api/admin/forget, anonymous, 401",
        "POST, /api/admin/forget, adm, 200",
        // the raw history and integrity evidence are for auditors
        "GET, /api/events, anonymous, 401",
        "GET, /api/events, rep, 403",
        "GET, /api/events, aud, 200",
        "GET, /api/events/42, aud, 200",
        "GET, /api/entities/lease-1, rep, 403",
        "GET, /api/entities/lease-1, aud, 200",
        "GET, /api/integrity/key, rep, 403",
        "GET, /api/integrity/key, aud, 200",
        "GET, /api/exports/events, adm, 403",
        "GET, /api/exports/events, aud, 200",
        "POST, /api/integrity/digest, ops, 403",
        "POST, /api/integrity/digest, aud, 200",
        // past states are for auditors
        "GET, /api/reports/occupancy?asOfPosition=12, rep, 403",
        "GET, /api/reports/occupancy?asOfPosition=12, aud, 200",
        "GET, /api/reports/occupancy?asOfTime=2026-01-01T00:00:00Z, rep, 403",
        "GET, /api/reports/occupancy?asOfTime=2026-01-01T00:00:00Z, aud, 200",
        // other reads: reporting or auditing
        "GET, /api/reports/occupancy, anonymous, 401",
        "GET, /api/reports/occupancy, ops, 403",
        "GET, /api/reports/occupancy, adm, 403",
        "GET, /api/reports/occupancy, rep, 200",
        "GET, /api/reports/occupancy, aud, 200",
        // writes: operations
        "POST, /api/things, anonymous, 401",
        "POST, /api/things, rep, 403",
        "POST, /api/things, adm, 403",
        "POST, /api/things, ops, 200",
        "PUT, /api/things/1, ops, 200",
        "PATCH, /api/things/1, ops, 200",
        "DELETE, /api/things/1, aud, 403",
        "DELETE, /api/things/1, ops, 200",
        // a user with two roles has both
        "POST, /api/things, boss, 200",
        "GET, /api/reports/occupancy, boss, 200",
        // a HEAD is a read without the body: the readers' rule
        "HEAD, /api/reports/occupancy, rep, 200",
        "HEAD, /api/reports/occupancy, ops, 403",
        // nothing else
        "GET, /other, adm, 403",
    })
    void eachRuleLetsItsRolesInAndKeepsOthersOut(
            String method, String path, String user, int expected) {
        Http.Response response = as(user, method, path).send();

        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        if (expected == 401 || expected == 403) {
            if (!method.equals("HEAD")) {
                assertProblem(response, expected);
            }
        }
    }

    @Test
    void anAnonymousRequestIsAskedForBasicCredentials() {
        Http.Response response = http.request("GET", "/api/reports/occupancy").send();

        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).contains("Basic realm=\"campus-ledger\"");
        assertThat(response.json().path("instance").asString()).isEqualTo("/api/reports/occupancy");
    }

    @Test
    void aWrongPasswordIsRefused() {
        Http.Response response =
                http.request("GET", "/api/reports/occupancy").as("rep", "guess").send();

        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).contains("Basic realm=\"campus-ledger\"");
    }

    @Test
    void aWrongRoleIsForbiddenWithAProblem() {
        Http.Response response = as("rep", "POST", "/api/things").send();

        assertProblem(response, 403);
        assertThat(response.json().path("instance").asString()).isEqualTo("/api/things");
    }

    @Test
    void theUserWithABcryptHashSignsIn() {
        Http.Response response = as("rep", "GET", "/api/reports/occupancy").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("user").asString()).isEqualTo("rep");
    }

    @Test
    void aBearerTokenCarriesItsRolesAndName() {
        Http.Response response =
                http.request("POST", "/api/things")
                        .header("Authorization", "Bearer ops-token")
                        .send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("user").asString()).isEqualTo("jwt-ops");
    }

    @Test
    void aBearerTokenGrantsOnlyItsOwnRoles() {
        Http.Response response =
                http.request("GET", "/api/reports/occupancy")
                        .header("Authorization", "Bearer ops-token")
                        .send();

        assertProblem(response, 403);
    }

    @Test
    void anInvalidBearerTokenIsRefused() {
        Http.Response response =
                http.request("POST", "/api/things").header("Authorization", "Bearer forged").send();

        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate"))
                .contains(
                        "Basic realm=\"campus-ledger\"",
                        "Bearer realm=\"campus-ledger\", error=\"invalid_token\"");
    }

    @Test
    void noSessionCookieIsHandedOut() {
        Http.Response response = as("rep", "GET", "/api/reports/occupancy").send();

        assertThat(response.header("Set-Cookie")).isEmpty();
    }
}
