package be.thorpark.ledger.web.api;

import be.thorpark.ledger.web.http.LedgerHeaders;
import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.security.LedgerRole;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.method.HandlerMethod;

/**
 * What the ledger adds to every operation of the generated document: the roles that may call it
 * (asked of the running security rules), the command headers ({@code Idempotency-Key}, {@code
 * If-Match}, {@code ETag}, {@code Event-Position}), the views' {@code minPosition} and its 503, the
 * problem bodies of every refusal, and example requests from the campus's own figures.
 */
final class LedgerConventions {

    static final String COMMAND = "x-ledger-command";
    static final String ROLES = "x-required-roles";
    static final String REFUSALS = "x-problem-codes";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "Problem";
    private static final String COMMAND_PACKAGE = "be.thorpark.ledger.command";

    private final RequiredRoles roles;
    private final Map<String, Object> examples = new LinkedHashMap<>();
    private final Map<String, List<ProblemCode>> refusals = new LinkedHashMap<>();

    LedgerConventions(RequiredRoles roles, List<ApiExamples> examples) {
        this.roles = roles;
        examples.forEach(contributor -> this.examples.putAll(contributor.requestBodies()));
        examples.forEach(contributor -> this.refusals.putAll(contributor.refusals()));
    }

    /**
     * Commands are the writing endpoints of the command side; they share one contract
     * (Idempotency-Key, If-Match, ETag, Event-Position).
     */
    static Operation markCommand(Operation operation, HandlerMethod handler) {
        if (handler.getBeanType().getPackageName().startsWith(COMMAND_PACKAGE)) {
            operation.addExtension(COMMAND, Boolean.TRUE);
        }
        return operation;
    }

    void apply(OpenAPI api) {
        Components components =
                api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addSchemas(
                "InvalidField",
                new ObjectSchema()
                        .addProperty(
                                "field",
                                new StringSchema()
                                        .description("JSON path of the field or parameter name"))
                        .addProperty(
                                "message",
                                new StringSchema().description("what is wrong with it")));
        components.addSchemas(PROBLEM, problemSchema());
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths()
                .forEach(
                        (path, item) ->
                                item.readOperationsMap()
                                        .forEach(
                                                (method, operation) ->
                                                        apply(path, method, operation)));
    }

    private void apply(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses =
                operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean command =
                operation.getExtensions() != null && operation.getExtensions().containsKey(COMMAND);
        if (operation.getExtensions() != null) {
            operation.getExtensions().remove(COMMAND);
        }
        if (operation.getExtensions() != null && operation.getExtensions().isEmpty()) {
            operation.setExtensions(null);
        }
        documentRoles(path, method, operation, responses);
        documentRefusals(
                refusals.getOrDefault(method.name() + " " + path, List.of()), operation, responses);
        if (command && method != PathItem.HttpMethod.GET) {
            documentCommand(path, method, operation, responses);
        } else if (method == PathItem.HttpMethod.GET && path.startsWith("/api/")) {
            documentQuery(operation, responses);
        }
        if (method != PathItem.HttpMethod.GET) {
            problem(
                    responses,
                    "400",
                    "Invalid input: `errors` names each bad field",
                    ProblemCode.INVALID_INPUT,
                    "The request body has invalid fields",
                    List.of(
                            Map.of(
                                    "field",
                                    "areaM2",
                                    "message",
                                    "must be a number with at most two decimals")));
        }
    }

    private void documentRoles(
            String path, PathItem.HttpMethod method, Operation operation, ApiResponses responses) {
        if (roles == null) {
            return;
        }
        RequiredRoles.Access access = roles.access(method.name(), path, Map.of());
        String who;
        if (access.anonymous()) {
            who = "everyone, without logging in";
            operation.setSecurity(List.of());
        } else if (access.nobody()) {
            who = "nobody";
        } else {
            who = access.roles().stream().map(LedgerRole::name).collect(Collectors.joining(", "));
        }
        operation.addExtension(ROLES, access.roles().stream().map(LedgerRole::name).toList());
        StringBuilder text = new StringBuilder("**Roles:** ").append(who).append('.');
        if (method == PathItem.HttpMethod.GET) {
            RequiredRoles.Access past =
                    roles.access(method.name(), path, Map.of("asOfPosition", "1"));
            if (!past.roles().equals(access.roles())) {
                text.append(" With `asOfPosition` or `asOfTime` (the view as it was): ")
                        .append(
                                past.roles().stream()
                                        .map(LedgerRole::name)
                                        .collect(Collectors.joining(", ")))
                        .append('.');
            }
        }
        operation.setDescription(
                operation.getDescription() == null
                        ? text.toString()
                        : operation.getDescription() + "\n\n" + text);
        if (!access.anonymous()) {
            problem(
                    responses,
                    "401",
                    "Not logged in: HTTP Basic or a bearer token is needed",
                    ProblemCode.AUTHENTICATION_REQUIRED,
                    "This request needs authentication: HTTP Basic",
                    null);
            problem(
                    responses,
                    "403",
                    "Logged in, but none of the roles above",
                    ProblemCode.ACCESS_DENIED,
                    "Your roles do not allow this request",
                    null);
        }
    }

    /**
     * One 409 and one 422 answer naming every code the endpoint can refuse with, each code with an
     * example body, so a client can handle each without reading the code.
     */
    private static void documentRefusals(
            List<ProblemCode> codes, Operation operation, ApiResponses responses) {
        if (codes.isEmpty()) {
            return;
        }
        operation.addExtension(REFUSALS, codes.stream().map(ProblemCode::name).toList());
        Map<Integer, List<ProblemCode>> byStatus =
                codes.stream()
                        .collect(
                                Collectors.groupingBy(
                                        code -> code.status().value(),
                                        java.util.TreeMap::new,
                                        Collectors.toList()));
        byStatus.forEach(
                (status, group) -> {
                    String named =
                            group.stream()
                                    .map(code -> "`" + code.name() + "`")
                                    .collect(Collectors.joining(", "));
                    ApiResponse response =
                            new ApiResponse()
                                    .description(
                                            (status == 409
                                                            ? "Refused: the current state forbids"
                                                                    + " it"
                                                            : "Refused by a business rule")
                                                    + "; nothing was appended. `code` is one of "
                                                    + named
                                                    + " (docs/errors.md)");
                    MediaType media =
                            new MediaType()
                                    .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM));
                    group.forEach(
                            code ->
                                    media.addExamples(
                                            code.name(),
                                            new Example()
                                                    .summary(code.title())
                                                    .value(
                                                            problemExample(
                                                                    code,
                                                                    code.title() + ".",
                                                                    null))));
                    responses.addApiResponse(
                            Integer.toString(status),
                            response.content(new Content().addMediaType(PROBLEM_JSON, media)));
                });
    }

    private void documentCommand(
            String path, PathItem.HttpMethod method, Operation operation, ApiResponses responses) {
        addParameter(
                operation,
                new HeaderParameter()
                        .name(LedgerHeaders.IDEMPOTENCY_KEY)
                        .required(false)
                        .description(
                                "A repeat with the same key and body returns the first answer and"
                                        + " appends nothing; the same key with another body is 422"
                                        + " IDEMPOTENCY_KEY_REUSED. 1 to 128 of [A-Za-z0-9._:-].")
                        .schema(new StringSchema().maxLength(128).example("lease-nova-b204-2023")));
        addParameter(
                operation,
                new HeaderParameter()
                        .name("If-Match")
                        .required(false)
                        .description(
                                "Apply only if the entity is at this version (its ETag), else 412"
                                        + " VERSION_MISMATCH.")
                        .schema(new StringSchema().example("\"3\"")));
        addParameter(
                operation,
                new HeaderParameter()
                        .name(LedgerHeaders.CORRELATION_ID)
                        .required(false)
                        .description(
                                "Stored with the events and on every log line of the request;"
                                        + " generated when absent.")
                        .schema(new StringSchema().example("monthly-import-2024-03")));
        ApiResponse ok = responses.get("200");
        Content result = ok == null ? null : ok.getContent();
        if (result != null) {
            result.values()
                    .forEach(
                            media ->
                                    media.setExample(
                                            Map.of(
                                                    "id",
                                                    "tenant-0712345630",
                                                    "version",
                                                    2,
                                                    "position",
                                                    3)));
        }
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put(
                LedgerHeaders.EVENT_POSITION,
                eventPositionHeader("the last event this command appended"));
        headers.put(
                "ETag",
                new Header()
                        .description("the entity's new version, for If-Match")
                        .schema(new StringSchema().example("\"2\"")));
        if (ok != null) {
            ok.description("Applied to an existing entity: `{id, version, position}`")
                    .headers(headers);
        }
        Map<String, Header> created = new LinkedHashMap<>(headers);
        created.put(
                "Location",
                new Header()
                        .description("where the new entity or part can be read")
                        .schema(new StringSchema().example("/api/units/unit-phase-1-h1-01")));
        responses.addApiResponse(
                "201",
                new ApiResponse()
                        .description(
                                "Created a new entity or part: `{id, version, position}` and its"
                                        + " Location")
                        .headers(created)
                        .content(result));
        problem(
                responses,
                "412",
                "If-Match named an older version; nothing was appended",
                ProblemCode.VERSION_MISMATCH,
                "If-Match named version 1 but the entity is at version 2. Read it "
                        + "again and retry.",
                null);
        Object example = examples.get(method.name() + " " + path);
        if (example != null
                && operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null) {
            operation
                    .getRequestBody()
                    .getContent()
                    .values()
                    .forEach(media -> media.setExample(example));
        }
    }

    private void documentQuery(Operation operation, ApiResponses responses) {
        ApiResponse ok = responses.get("200");
        if (ok != null) {
            ok.addHeaderObject(
                    LedgerHeaders.EVENT_POSITION,
                    eventPositionHeader("the position this answer reflects"));
        }
        boolean waits = false;
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                String meaning = QUERY_PARAMETERS.get(parameter.getName());
                if (meaning != null && parameter.getDescription() == null) {
                    parameter.setDescription(meaning);
                }
                waits |= LedgerHeaders.MIN_POSITION.equals(parameter.getName());
            }
        }
        if (waits) {
            ApiResponse behind =
                    problemResponse(
                            "The view did not reach `minPosition` in time; retry after "
                                    + "`Retry-After` seconds",
                            ProblemCode.VIEW_BEHIND,
                            "The tenants view has reached position "
                                    + "41, not yet 42; retry shortly",
                            null);
            behind.addHeaderObject(
                    "Retry-After", new Header().schema(new IntegerSchema().example(1)));
            behind.addHeaderObject(
                    LedgerHeaders.EVENT_POSITION, eventPositionHeader("the position reached"));
            responses.addApiResponse("503", behind);
        }
        problem(
                responses,
                "400",
                "A parameter is invalid: `errors` names it",
                ProblemCode.INVALID_INPUT,
                "The request parameter 'date' must be a date in ISO-8601 format, e.g. 2026-03-01",
                List.of(
                        Map.of(
                                "field",
                                "date",
                                "message",
                                "must be a date in ISO-8601 format, e.g. 2026-03-01")));
    }

    private static final Map<String, String> QUERY_PARAMETERS =
            Map.of(
                    LedgerHeaders.MIN_POSITION,
                    "Wait, up to a bounded time, until the view reflects at least this position"
                            + " (read-your-writes: pass the Event-Position of your command); else 503"
                            + " VIEW_BEHIND",
                    "asOfPosition",
                    "The view as it was right after this position (AUDITOR)",
                    "asOfTime",
                    "The view as it was at this instant, ISO-8601 UTC (AUDITOR)",
                    "date",
                    "The business date the figures are for, ISO-8601 (default today)",
                    "page",
                    "Page number, from 0",
                    "size",
                    "Items per page");

    private static Header eventPositionHeader(String what) {
        return new Header()
                .description("Global position of the history: " + what)
                .schema(new IntegerSchema().format("int64").example(42));
    }

    private static void addParameter(Operation operation, Parameter parameter) {
        if (operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> parameter.getName().equalsIgnoreCase(p.getName()))) {
            return;
        }
        operation.addParametersItem(parameter);
    }

    private static void problem(
            ApiResponses responses,
            String status,
            String description,
            ProblemCode code,
            String detail,
            List<Map<String, String>> errors) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, problemResponse(description, code, detail, errors));
        }
    }

    private static ApiResponse problemResponse(
            String description, ProblemCode code, String detail, List<Map<String, String>> errors) {
        return new ApiResponse()
                .description(description)
                .content(
                        new Content()
                                .addMediaType(
                                        PROBLEM_JSON,
                                        new MediaType()
                                                .schema(
                                                        new Schema<>()
                                                                .$ref(
                                                                        "#/components/schemas/"
                                                                                + PROBLEM))
                                                .addExamples(
                                                        code.name(),
                                                        new Example()
                                                                .value(
                                                                        problemExample(
                                                                                code, detail,
                                                                                errors)))));
    }

    private static Map<String, Object> problemExample(
            ProblemCode code, String detail, List<Map<String, String>> errors) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", code.type().toString());
        example.put("title", code.title());
        example.put("status", code.status().value());
        example.put("detail", detail);
        example.put("instance", "/api/...");
        example.put("code", code.name());
        if (errors != null) {
            example.put("errors", errors);
        }
        return example;
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details; `code` is stable, see docs/errors.md")
                .addProperty(
                        "type",
                        new StringSchema().example("urn:campus-ledger:problem:unit-already-leased"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().description("the request path"))
                .addProperty("code", new StringSchema().example("UNIT_ALREADY_LEASED"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/InvalidField")));
    }
}
