package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A ledger service in a process of its own, on the test class path, so that a suite can kill it
 * with SIGKILL and start it again on the same data.
 */
final class LedgerProcess {

    static final String USERS =
            "ops:ops-secret:OPERATIONS,auditor:aud-secret:AUDITOR,admin:adm-secret:ADMIN";

    /** A start on the shared 2-core machine takes up to a few minutes while other builds run. */
    static final Duration START_DEADLINE =
            Duration.ofSeconds(Long.getLong("faults.crash.start-seconds", 360));

    private LedgerProcess() {}

    /**
     * Starts {@code mainAndProperties} (the main class, then -D options) on {@code port} and waits
     * until its health is UP; its output goes to {@code <work>/<name>.log}.
     */
    static Process start(Path work, int port, String name, List<String> mainAndProperties)
            throws Exception {
        Path log = work.resolve(name + ".log");
        List<String> command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xmx512m",
                                "-Daxoniq.update-checker.disabled=true",
                                "-Ddisable-axoniq-console-message=true",
                                "-Dcampus.users=" + USERS,
                                "-Dserver.port=" + port,
                                "-Dserver.address=127.0.0.1"));
        command.addAll(mainAndProperties.subList(1, mainAndProperties.size()));
        command.addAll(
                List.of("-cp", System.getProperty("java.class.path"), mainAndProperties.get(0)));
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        LedgerHttp anonymous = new LedgerHttp(port);
        try {
            await().atMost(START_DEADLINE)
                    .pollInterval(Duration.ofMillis(250))
                    .until(
                            () -> {
                                assertThat(process.isAlive())
                                        .as("%s is running; its log: %s", name, tail(log))
                                        .isTrue();
                                try {
                                    return anonymous.get("/actuator/health").status() == 200;
                                } catch (UncheckedIOException | IllegalStateException notYet) {
                                    return false; // still starting
                                }
                            });
            return process;
        } catch (ConditionTimeoutException e) {
            process.destroyForcibly();
            throw new AssertionError(
                    name + " did not start within " + START_DEADLINE + "; its log: " + tail(log));
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(unreadable)";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
