package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.command.CommandSideApplication;
import be.thorpark.ledger.eventstore.embedded.EmbeddedMongoServer;
import be.thorpark.ledger.query.QuerySideApplication;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The command side and the query side as two services on one MongoDB, as docker-compose runs them.
 */
@ExtendWith(OutputCaptureExtension.class)
class SplitModeTest {

    @TempDir static Path dataDir;

    static EmbeddedMongoServer mongo;
    static ConfigurableApplicationContext commandSide;
    static ConfigurableApplicationContext querySide;

    @BeforeAll
    static void start() {
        mongo = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, 64);
        commandSide = service(CommandSideApplication.class);
        querySide = service(QuerySideApplication.class);
    }

    @AfterAll
    static void stop() {
        if (querySide != null) {
            querySide.close();
        }
        if (commandSide != null) {
            commandSide.close();
        }
        mongo.close();
    }

    private static ConfigurableApplicationContext service(Class<?> application) {
        return new SpringApplicationBuilder(application)
                .run(
                        "--server.port=0",
                        "--campus.mongodb.uri=" + mongo.connectionString(),
                        "--campus.mongodb.database=split_mode",
                        "--campus.users=" + LedgerAppTest.USERS,
                        "--campus.data-dir=" + dataDir.resolve(application.getSimpleName()),
                        "--spring.jmx.enabled=false");
    }

    private static LedgerHttp http(
            ConfigurableApplicationContext context, String user, String password) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new LedgerHttp(port).as(user, password);
    }

    @Test
    void neitherServiceWritesAPasswordOrTheSigningKeyToItsOutput(CapturedOutput output) {
        http(commandSide, "ops", "ops-secret").get("/api/units");
        http(querySide, "auditor", "wrong-password").get("/api/events");

        assertThat(output.getAll())
                .contains(":: Spring Boot ::")
                .doesNotContain("ops-secret")
                .doesNotContain("rep-secret")
                .doesNotContain("aud-secret")
                .doesNotContain("adm-secret")
                .doesNotContain("wrong-password")
                .doesNotContain("PRIVATE KEY");
    }

    @Test
    void aTenantRegisteredOnTheCommandSideAppearsOnTheQuerySide() {
        LedgerHttp.Response created =
                http(commandSide, "ops", "ops-secret")
                        .post("/api/tenants", Campus.tenant("Split Mode Robotics NV", "SCALE_UP"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();

        LedgerHttp.Response directory =
                http(querySide, "reporter", "rep-secret")
                        .get("/api/tenants?minPosition=" + created.position());
        LedgerHttp.Response history =
                http(querySide, "auditor", "aud-secret").get("/api/entities/" + id + "/history");

        assertThat(directory.status()).as(directory.toString()).isEqualTo(200);
        assertThat(directory.position()).isGreaterThanOrEqualTo(created.position());
        assertThat(directory.json().get("items").findValuesAsString("id")).contains(id);
        JsonNode events = history.json().get("events");
        assertThat(events.get(0).get("type").asString()).isEqualTo("TenantRegistered");
        assertThat(events.get(0).get("actor").asString()).isEqualTo("ops");
    }

    @Test
    void eachServiceServesTheReferenceOfItsOwnEndpoints() {
        JsonNode commands = http(commandSide, "reporter", "rep-secret").get("/v3/api-docs").json();
        JsonNode queries = http(querySide, "reporter", "rep-secret").get("/v3/api-docs").json();

        assertThat(ApiReference.undocumented(commandSide, commands)).isEmpty();
        assertThat(ApiReference.undocumented(querySide, queries)).isEmpty();
        assertThat(commands.path("paths").path("/api/units").has("post")).isTrue();
        assertThat(commands.path("paths").has("/api/occupancy")).isFalse();
        assertThat(queries.path("paths").path("/api/occupancy").has("get")).isTrue();
    }

    @Test
    void anApiTokenIssuedOnOneSideWorksOnBothAndARevocationHoldsOnBoth() {
        LedgerHttp.Response issued =
                http(commandSide, "admin", "adm-secret")
                        .post(
                                "/api/admin/tokens",
                                LedgerHttp.body(
                                        "label",
                                        "split-script",
                                        "roles",
                                        List.of("OPERATIONS", "REPORTING")));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        LedgerHttp commands = new LedgerHttp(port(commandSide)).bearer(token);
        LedgerHttp queries = new LedgerHttp(port(querySide)).bearer(token);

        LedgerHttp.Response created =
                commands.post("/api/units", Campus.unit("SPLIT-T1", "LAB", "90.00"));
        LedgerHttp.Response read = queries.get("/api/units?minPosition=" + created.position());
        LedgerHttp.Response revoked =
                http(querySide, "admin", "adm-secret")
                        .delete("/api/admin/tokens/" + issued.json().get("id").asString());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(commands.post("/api/units", Campus.unit("SPLIT-T2", "LAB", "90.00")).status())
                .isEqualTo(401);
        assertThat(queries.get("/api/units").status()).isEqualTo(401);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void theQuerySideAloneServesTheODataFeed() {
        LedgerHttp.Response created =
                http(commandSide, "ops", "ops-secret")
                        .post("/api/tenants", Campus.tenant("Split Mode OData BV", "START_UP"));
        String id = created.json().get("id").asString();
        int port = ((WebServerApplicationContext) querySide).getWebServer().getPort();
        ODataFeed feed = new ODataFeed(port, "reporter", "rep-secret");

        ODataFeed.Read read =
                feed.readAll(
                        feed.uri("Tenants")
                                .filter("Id eq '" + id + "'")
                                .addCustomQueryOption(
                                        "minPosition", Long.toString(created.position()))
                                .build(),
                        10);

        assertThat(feed.metadata().getEntityContainer().getEntitySet("Tenants")).isNotNull();
        assertThat(read.entities())
                .extracting(e -> e.get("Name"))
                .containsExactly("Split Mode OData BV");
        assertThat(Long.parseLong(read.positions().get(0)))
                .isGreaterThanOrEqualTo(created.position());
    }
}
