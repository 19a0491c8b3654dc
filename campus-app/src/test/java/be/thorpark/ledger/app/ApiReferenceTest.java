package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.web.problem.ProblemCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI reference of the one-JVM application describes every endpoint it serves, as it serves
 * it.
 */
class ApiReferenceTest extends LedgerAppTest {

    @Autowired ApplicationContext context;

    private JsonNode document() {
        LedgerHttp.Response answer = reporter().get("/v3/api-docs");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void everyHandlerMappingOfTheRunningApplicationIsInTheDocument() {
        List<String> mapped = ApiReference.handlerMappings(context);

        assertThat(mapped).contains("POST /api/units", "GET /api/occupancy", "GET /api/events");
        assertThat(ApiReference.undocumented(context, document())).isEmpty();
    }

    @Test
    void theDocumentIsOpenApi31AndSwaggerUiIsServed() {
        assertThat(document().path("openapi").asString()).startsWith("3.1");
        assertThat(reporter().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void anyoneWhoCanLogInReadsTheReferenceButNobodyElse() {
        assertThat(anonymous().get("/v3/api-docs").status()).isEqualTo(401);
        assertThat(ops().get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(auditor().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void everyOperationNamesTheRolesTheSecurityRulesAllow() {
        JsonNode paths = document().path("paths");
        List<String> withoutRoles = new ArrayList<>();
        paths.properties()
                .forEach(
                        path ->
                                path.getValue()
                                        .properties()
                                        .forEach(
                                                operation -> {
                                                    if (!operation
                                                            .getValue()
                                                            .has("x-required-roles")) {
                                                        withoutRoles.add(
                                                                operation.getKey()
                                                                        + " "
                                                                        + path.getKey());
                                                    }
                                                }));

        assertThat(withoutRoles).isEmpty();
        assertThat(roles(paths.path("/api/units").path("post"))).containsExactly("OPERATIONS");
        assertThat(roles(paths.path("/api/occupancy").path("get")))
                .containsExactly("REPORTING", "AUDITOR");
        assertThat(roles(paths.path("/api/events").path("get"))).containsExactly("AUDITOR");
        assertThat(roles(paths.path("/api/admin/processors").path("get"))).containsExactly("ADMIN");
        assertThat(paths.path("/api/occupancy").path("get").path("description").asString())
                .contains("`asOfPosition`")
                .contains("AUDITOR");
    }

    @Test
    void aCommandDocumentsItsHeadersAnswersAndProblemsWithACampusExample() {
        JsonNode register = document().path("paths").path("/api/units").path("post");

        assertThat(register.path("parameters").findValuesAsString("name"))
                .contains("Idempotency-Key", "If-Match", "X-Correlation-Id");
        assertThat(register.path("responses").path("201").path("headers").has("Location")).isTrue();
        assertThat(register.path("responses").path("201").path("headers").has("Event-Position"))
                .isTrue();
        assertThat(register.path("responses").path("200").path("headers").has("ETag")).isTrue();
        for (String status : List.of("400", "401", "403", "409", "412", "422")) {
            assertThat(
                            register.path("responses")
                                    .path(status)
                                    .path("content")
                                    .has("application/problem+json"))
                    .as(status)
                    .isTrue();
        }
        assertThat(
                        register.path("requestBody")
                                .path("content")
                                .path("application/json")
                                .path("example")
                                .path("type")
                                .asString())
                .isEqualTo("PRODUCTION_HALL");
    }

    @Test
    void aViewDocumentsItsPositionHeaderAndReadYourWrites() {
        JsonNode occupancy = document().path("paths").path("/api/occupancy").path("get");

        assertThat(occupancy.path("parameters").findValuesAsString("name"))
                .contains("minPosition", "date", "asOfPosition");
        assertThat(occupancy.path("responses").path("200").path("headers").has("Event-Position"))
                .isTrue();
        assertThat(occupancy.path("responses").path("503").path("headers").has("Retry-After"))
                .isTrue();
        assertThat(
                        occupancy
                                .path("responses")
                                .path("503")
                                .path("content")
                                .path("application/problem+json")
                                .path("examples")
                                .has("VIEW_BEHIND"))
                .isTrue();
    }

    /**
     * Every business refusal (a code answered with 409 or 422) is documented on at least one
     * operation, under its own status and with an example body; every code the document names
     * exists with that status.
     */
    @Test
    void everyBusinessRefusalIsDocumentedOnTheOperationsThatAnswerIt() {
        Map<String, Set<String>> documented = new TreeMap<>();
        document()
                .path("paths")
                .properties()
                .forEach(
                        path ->
                                path.getValue()
                                        .properties()
                                        .forEach(
                                                op -> {
                                                    for (String status : List.of("409", "422")) {
                                                        JsonNode examples =
                                                                op.getValue()
                                                                        .path("responses")
                                                                        .path(status)
                                                                        .path("content")
                                                                        .path(
                                                                                "application/problem+json")
                                                                        .path("examples");
                                                        examples.properties()
                                                                .forEach(
                                                                        example -> {
                                                                            String code =
                                                                                    example.getValue()
                                                                                            .path(
                                                                                                    "value")
                                                                                            .path(
                                                                                                    "code")
                                                                                            .asString();
                                                                            assertThat(
                                                                                            example
                                                                                                    .getKey())
                                                                                    .isEqualTo(
                                                                                            code);
                                                                            assertThat(
                                                                                            ProblemCode
                                                                                                    .valueOf(
                                                                                                            code)
                                                                                                    .status()
                                                                                                    .value())
                                                                                    .as(
                                                                                            code
                                                                                                    + " under"
                                                                                                    + " "
                                                                                                    + status)
                                                                                    .isEqualTo(
                                                                                            Integer
                                                                                                    .parseInt(
                                                                                                            status));
                                                                            documented
                                                                                    .computeIfAbsent(
                                                                                            code,
                                                                                            c ->
                                                                                                    new TreeSet<>())
                                                                                    .add(
                                                                                            op.getKey()
                                                                                                            .toUpperCase()
                                                                                                    + " "
                                                                                                    + path
                                                                                                            .getKey());
                                                                        });
                                                    }
                                                }));
        Set<String> refusals = new TreeSet<>();
        Arrays.stream(ProblemCode.values())
                .filter(c -> c.status().value() == 409 || c.status().value() == 422)
                .forEach(c -> refusals.add(c.name()));
        assertThat(documented.keySet())
                .as("codes of 409 and 422 documented on some operation")
                .containsAll(refusals);

        JsonNode lease = document().path("paths").path("/api/leases").path("post");
        assertThat(lease.path("x-problem-codes").valueStream().map(JsonNode::asString).toList())
                .contains(
                        "UNIT_ALREADY_LEASED", "TENANT_NOT_REGISTERED", "CONCURRENT_MODIFICATION");
        assertThat(
                        lease.path("responses")
                                .path("409")
                                .path("content")
                                .path("application/problem+json")
                                .path("examples")
                                .has("UNIT_ALREADY_LEASED"))
                .isTrue();
        assertThat(
                        lease.path("responses")
                                .path("422")
                                .path("content")
                                .path("application/problem+json")
                                .path("examples")
                                .has("UNIT_NOT_YET_AVAILABLE"))
                .isTrue();
        assertThat(documented.get("ERDF_REPORT_NOT_APPROVED"))
                .containsExactly("POST /api/funding-programmes/{id}/disbursements");
        assertThat(documented.get("REBUILD_RUNNING")).containsExactly("POST /api/admin/rebuilds");
    }

    private static List<String> roles(JsonNode operation) {
        List<String> roles = new ArrayList<>();
        operation.path("x-required-roles").forEach(role -> roles.add(role.asString()));
        return roles;
    }
}
