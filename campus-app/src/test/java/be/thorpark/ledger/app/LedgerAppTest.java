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
 * The whole ledger in one JVM on the embedded store, over real HTTP. Every test class extending
 * this shares one running application (one store), so tests create their own entities and never
 * assume an empty history.
 */
@SpringBootTest(
        classes = CampusLedgerApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class LedgerAppTest {

    static final String USERS =
            "ops:ops-secret:OPERATIONS,reporter:rep-secret:REPORTING,"
                    + "auditor:aud-secret:AUDITOR,admin:adm-secret:ADMIN";
    private static final Path DATA_DIR = createDataDir();

    @LocalServerPort int port;

    @Autowired EventLog eventLog;

    @DynamicPropertySource
    static void ledger(DynamicPropertyRegistry registry) {
        registry.add("campus.data-dir", DATA_DIR::toString);
        registry.add("campus.users", () -> USERS);
        registry.add("campus.event-store.snapshot-threshold", () -> "5");
        registry.add("campus.query.rebuild-grace", () -> "1s");
    }

    LedgerHttp ops() {
        return new LedgerHttp(port).as("ops", "ops-secret");
    }

    LedgerHttp reporter() {
        return new LedgerHttp(port).as("reporter", "rep-secret");
    }

    LedgerHttp auditor() {
        return new LedgerHttp(port).as("auditor", "aud-secret");
    }

    LedgerHttp admin() {
        return new LedgerHttp(port).as("admin", "adm-secret");
    }

    LedgerHttp anonymous() {
        return new LedgerHttp(port);
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("campus-ledger-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
