package be.thorpark.ledger.app;

import be.thorpark.ledger.eventstore.EventLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ledger started with {@code campus.demo.enabled=true} on a store of its own that was empty at
 * start, so the demo campus is all it holds. Test classes extending this share the one application.
 */
@SpringBootTest(
        classes = CampusLedgerApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.be.thorpark.ledger.command.demo=INFO")
abstract class DemoAppTest {

    private static final Path DATA_DIR = createDataDir();

    @LocalServerPort int port;

    @Autowired EventLog eventLog;

    @DynamicPropertySource
    static void ledger(DynamicPropertyRegistry registry) {
        registry.add("campus.data-dir", DATA_DIR::toString);
        registry.add("campus.users", () -> LedgerAppTest.USERS);
        registry.add("campus.demo.enabled", () -> "true");
    }

    LedgerHttp reporter() {
        return new LedgerHttp(port).as("reporter", "rep-secret");
    }

    LedgerHttp auditor() {
        return new LedgerHttp(port).as("auditor", "aud-secret");
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("campus-ledger-demo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
