package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml is complete as far as can be seen without a Docker engine: the replica set is
 * initiated by a health check the services wait for, and each service is built from a multi-stage
 * Dockerfile of a real module.
 */
class DockerComposeFileTest {

    private static final Path ROOT = Path.of("..");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> services() throws IOException {
        Map<String, Object> compose =
                map(new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml"))));
        return map(compose.get("services"));
    }

    @Test
    void mongoRunsAsAReplicaSetThatItsHealthCheckInitiates() throws IOException {
        Map<String, Object> mongo = map(services().get("mongo"));

        assertThat(String.valueOf(mongo.get("image"))).startsWith("mongo:");
        assertThat(String.valueOf(mongo.get("command"))).contains("--replSet", "rs0");
        Map<String, Object> health = map(mongo.get("healthcheck"));
        assertThat(String.valueOf(health.get("test")))
                .contains("rs.initiate")
                .contains("rs0")
                .contains("isWritablePrimary");
        assertThat(health).containsKeys("interval", "timeout", "retries");
    }

    @Test
    void bothSidesAreBuiltFromAMultiStageDockerfileOfTheirModule() throws IOException {
        for (String side : List.of("command-side", "query-side")) {
            Map<String, Object> service = map(services().get(side));
            Map<String, Object> build = map(service.get("build"));
            Path context = ROOT.resolve(String.valueOf(build.get("context")));
            Path dockerfile =
                    context.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile")));
            String module = String.valueOf(map(build.get("args")).get("MODULE"));

            assertThat(module).isEqualTo(side);
            assertThat(context.resolve(module).resolve("pom.xml")).as(side + " module").exists();
            assertThat(dockerfile).as(side + " Dockerfile").exists();
            String text = Files.readString(dockerfile);
            assertThat(text.lines().filter(line -> line.startsWith("FROM ")).count())
                    .as("build stages")
                    .isGreaterThanOrEqualTo(2);
            assertThat(text).contains("COPY --from=build").contains("ARG MODULE").contains("USER ");
        }
    }

    @Test
    void bothSidesWaitForAHealthyMongoAndReachItAsAReplicaSet() throws IOException {
        for (String side : List.of("command-side", "query-side")) {
            Map<String, Object> service = map(services().get(side));
            Map<String, Object> environment = map(service.get("environment"));

            assertThat(map(map(service.get("depends_on")).get("mongo")).get("condition"))
                    .isEqualTo("service_healthy");
            assertThat(String.valueOf(environment.get("MONGODB_URI")))
                    .startsWith("mongodb://mongo:27017")
                    .contains("replicaSet=rs0");
            assertThat(environment).containsKeys("SERVER_PORT", "SERVER_ADDRESS", "CAMPUS_USERS");
            assertThat((List<?>) service.get("ports")).isNotEmpty();
            assertThat(String.valueOf(map(service.get("healthcheck")).get("test")))
                    .contains("/actuator/health/readiness");
        }
    }

    @Test
    void theSidesListenOnDistinctHostPorts() throws IOException {
        Object commandPorts = map(services().get("command-side")).get("ports");
        Object queryPorts = map(services().get("query-side")).get("ports");

        assertThat(commandPorts).isNotEqualTo(queryPorts);
        assertThat(String.valueOf(commandPorts)).contains("8081:8080");
        assertThat(String.valueOf(queryPorts)).contains("8082:8080");
    }
}
