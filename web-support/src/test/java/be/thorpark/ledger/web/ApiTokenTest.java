package be.thorpark.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.web.testapp.Http;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * API tokens over HTTP: an ADMIN creates, lists and revokes them; a token authenticates as {@code
 * owner/token:label} with the roles it was given, until it expires or is revoked.
 */
class ApiTokenTest extends LedgerHttpTest {

    @Autowired MongoDatabase database;

    private JsonNode create(String label, String roles) {
        Http.Response created =
                as("adm", "POST", "/api/admin/tokens")
                        .json(
                                "{\"label\":\""
                                        + label
                                        + "\",\"roles\":"
                                        + roles
                                        + ",\"expiresAt\":\""
                                        + Instant.now().plus(7, ChronoUnit.DAYS)
                                        + "\"}")
                        .send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private Http.Request withToken(String method, String path, String token) {
        return http.request(method, path).header("Authorization", "Bearer " + token);
    }

    private JsonNode listed(String id) {
        Http.Response list = as("adm", "GET", "/api/admin/tokens").send();
        assertThat(list.status()).isEqualTo(200);
        for (JsonNode token : list.json()) {
            if (token.path("id").asString().equals(id)) {
                return token;
            }
        }
        throw new AssertionError("token " + id + " is not listed: " + list.body());
    }

    @Test
    void anAdminCreatesATokenWhoseSecretIsShownOnceAndNeverListed() {
        Http.Response created =
                as("adm", "POST", "/api/admin/tokens")
                        .json(
                                "{\"label\":\"powerbi-refresh\",\"roles\":[\"REPORTING\"],\"expiresAt\":\""
                                        + Instant.now().plus(30, ChronoUnit.DAYS)
                                        + "\"}")
                        .send();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode token = created.json();
        String id = token.path("id").asString();
        String secret = token.path("token").asString();
        assertThat(secret).startsWith("clt_").hasSize(47);
        assertThat(created.header("Location")).containsExactly("/api/admin/tokens/" + id);
        assertThat(token.path("actor").asString()).isEqualTo("adm/token:powerbi-refresh");
        assertThat(token.path("status").asString()).isEqualTo("ACTIVE");

        Http.Response list = as("adm", "GET", "/api/admin/tokens").send();
        assertThat(list.body()).doesNotContain(secret).doesNotContain("\"token\"");
        JsonNode listed = listed(id);
        assertThat(listed.path("label").asString()).isEqualTo("powerbi-refresh");
        assertThat(listed.path("owner").asString()).isEqualTo("adm");
        assertThat(listed.path("roles").get(0).asString()).isEqualTo("REPORTING");
        assertThat(listed.path("createdAt").asString()).isNotBlank();
        assertThat(listed.path("expiresAt").asString()).isNotBlank();
        assertThat(listed.has("lastUsedAt")).isFalse();
        assertThat(as("adm", "GET", "/api/admin/tokens/" + id).send().body())
                .doesNotContain(secret);
    }

    @Test
    void theSecretIsStoredOnlyAsItsHash() {
        JsonNode token = create("hash-only", "[\"REPORTING\"]");

        String stored =
                database.getCollection("api_tokens")
                        .find(Filters.eq("tokenId", token.path("id").asString()))
                        .first()
                        .toJson();
        assertThat(stored)
                .doesNotContain(token.path("token").asString())
                .doesNotContain(token.path("token").asString().substring(4));
    }

    @Test
    void aTokenAuthenticatesAsItsOwnerAndLabelWithItsRolesAndRecordsItsUse() {
        JsonNode token = create("reporting-bot", "[\"REPORTING\", \"OPERATIONS\"]");
        String secret = token.path("token").asString();

        Http.Response read = withToken("GET", "/api/reports/occupancy", secret).send();
        Http.Response write = withToken("POST", "/api/things", secret).send();
        Http.Response audit = withToken("GET", "/api/events", secret).send();

        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().path("user").asString()).isEqualTo("adm/token:reporting-bot");
        assertThat(write.status()).isEqualTo(200);
        assertProblem(audit, 403);
        JsonNode listed = listed(token.path("id").asString());
        Instant lastUsed = Instant.parse(listed.path("lastUsedAt").asString());
        assertThat(lastUsed).isBetween(Instant.now().minusSeconds(60), Instant.now());
    }

    @Test
    void aHotTokenWritesItsLastUseAtMostOncePerInterval() {
        String id = create("hot", "[\"REPORTING\"]").path("id").asString();
        String secret =
                as("adm", "GET", "/api/admin/tokens/" + id)
                        .send()
                        .json()
                        .path("token")
                        .asString("");
        assertThat(secret).as("the secret is not shown again").isEmpty();
        JsonNode token = create("hot-2", "[\"REPORTING\"]");

        withToken("GET", "/api/reports/occupancy", token.path("token").asString()).send();
        String first = listed(token.path("id").asString()).path("lastUsedAt").asString();
        for (int i = 0; i < 5; i++) {
            assertThat(
                            withToken(
                                            "GET",
                                            "/api/reports/occupancy",
                                            token.path("token").asString())
                                    .send()
                                    .status())
                    .isEqualTo(200);
        }

        assertThat(listed(token.path("id").asString()).path("lastUsedAt").asString())
                .isEqualTo(first);
    }

    @Test
    void aRevokedTokenIsRefusedWithAProblemAndItsRevocationIsListed() {
        JsonNode token = create("revoke-me", "[\"REPORTING\"]");
        String id = token.path("id").asString();

        Http.Response revoked = as("adm", "DELETE", "/api/admin/tokens/" + id).send();
        Http.Response use =
                withToken("GET", "/api/reports/occupancy", token.path("token").asString()).send();

        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().path("status").asString()).isEqualTo("REVOKED");
        assertProblem(use, 401);
        assertThat(use.header("WWW-Authenticate"))
                .contains("Bearer realm=\"campus-ledger\", error=\"invalid_token\"");
        JsonNode listed = listed(id);
        assertThat(listed.path("status").asString()).isEqualTo("REVOKED");
        assertThat(listed.path("revokedBy").asString()).isEqualTo("adm");
        assertThat(listed.path("revokedAt").asString()).isNotBlank();
    }

    @Test
    void anExpiredTokenIsRefusedWithAProblem() {
        JsonNode token = create("short-lived", "[\"REPORTING\"]");
        String id = token.path("id").asString();
        database.getCollection("api_tokens")
                .updateOne(
                        Filters.eq("tokenId", id),
                        Updates.set("expiresAt", Date.from(Instant.now().minusSeconds(1))));

        Http.Response use =
                withToken("GET", "/api/reports/occupancy", token.path("token").asString()).send();

        assertProblem(use, 401);
        assertThat(listed(id).path("status").asString()).isEqualTo("EXPIRED");
    }

    @Test
    void unknownAndMalformedTokensAreRefused() {
        assertProblem(
                withToken(
                                "GET",
                                "/api/reports/occupancy",
                                "clt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                        .send(),
                401);
        assertProblem(withToken("GET", "/api/reports/occupancy", "clt_short").send(), 401);
    }

    @Test
    void aJwtStillAuthenticatesNextToTokens() {
        Http.Response response = withToken("POST", "/api/things", "ops-token").send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("user").asString()).isEqualTo("jwt-ops");
    }

    @Test
    void onlyAnAdminManagesTokens() {
        assertProblem(
                as("ops", "POST", "/api/admin/tokens")
                        .json("{\"label\":\"x\",\"roles\":[\"OPERATIONS\"]}")
                        .send(),
                403);
        assertProblem(as("aud", "GET", "/api/admin/tokens").send(), 403);
        assertProblem(as("rep", "DELETE", "/api/admin/tokens/whatever").send(), 403);
        assertProblem(http.request("GET", "/api/admin/tokens").send(), 401);
    }

    @Test
    void aTokenCannotManageTokensUnlessItHoldsAdmin() {
        String secret = create("no-admin", "[\"REPORTING\"]").path("token").asString();

        assertProblem(withToken("GET", "/api/admin/tokens", secret).send(), 403);
    }

    @Test
    void withoutExpiryATokenGetsTheDefaultLifetime() {
        Http.Response created =
                as("adm", "POST", "/api/admin/tokens")
                        .json(
                                "{\"label\":\"load-driver\",\"roles\":[\"OPERATIONS\",\"REPORTING\"]}")
                        .send();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Instant expires = Instant.parse(created.json().path("expiresAt").asString());
        assertThat(expires)
                .isBetween(
                        Instant.now().plus(29, ChronoUnit.DAYS),
                        Instant.now().plus(31, ChronoUnit.DAYS));
    }

    @Test
    void invalidCreationsNameTheirField() {
        assertInvalid("{\"label\":\"ok\",\"roles\":[]}", "roles");
        assertInvalid("{\"label\":\"ok\",\"roles\":[\"BOSS\"]}", "roles");
        assertInvalid("{\"label\":\"has space\",\"roles\":[\"REPORTING\"]}", "label");
        assertInvalid("{\"roles\":[\"REPORTING\"]}", "label");
        assertInvalid(
                "{\"label\":\"ok\",\"roles\":[\"REPORTING\"],\"expiresAt\":\"2020-01-01T00:00:00Z\"}",
                "expiresAt");
        assertInvalid(
                "{\"label\":\"ok\",\"roles\":[\"REPORTING\"],\"expiresAt\":\"2999-01-01T00:00:00Z\"}",
                "expiresAt");
        assertProblem(as("adm", "DELETE", "/api/admin/tokens/no-such-token").send(), 404);
    }

    private void assertInvalid(String body, String field) {
        Http.Response response = as("adm", "POST", "/api/admin/tokens").json(body).send();
        assertProblem(response, 400);
        assertThat(response.json().path("errors").toString())
                .as(body)
                .contains("\"field\":\"" + field);
    }
}
