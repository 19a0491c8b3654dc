package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Creating entities is the most common command and must leave the log quiet: no warning, no error,
 * no stack trace. A duplicate registration is still refused by name.
 */
class QuietCreationTest extends LedgerAppTest {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureTheLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void releaseTheLog() {
        root.detachAppender(log);
    }

    @Test
    void registeringUnitsAndTenantsLogsNoWarningAndNoStackTrace() {
        LedgerHttp ops = ops();
        for (int i = 0; i < 3; i++) {
            assertThat(ops.post("/api/units", Campus.unit("QUIET-" + i, "LAB", "120.00")).status())
                    .isEqualTo(201);
            assertThat(
                            ops.post(
                                            "/api/tenants",
                                            Campus.tenant("Quiet Works " + i + " NV", "START_UP"))
                                    .status())
                    .isEqualTo(201);
        }

        List<ILoggingEvent> loud =
                log.list.stream()
                        .filter(
                                event ->
                                        event.getLevel().isGreaterOrEqual(Level.WARN)
                                                || event.getThrowableProxy() != null)
                        .toList();
        assertThat(loud).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    @Test
    void registeringTheSameUnitTwiceIsStillRefused() {
        LedgerHttp ops = ops();
        var unit = Campus.unit("QUIET-TWICE", "OFFICE", "80.00");

        assertThat(ops.post("/api/units", unit).status()).isEqualTo(201);
        LedgerHttp.Response again = ops.post("/api/units", unit);

        assertThat(again.status()).as(again.text()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("UNIT_ALREADY_REGISTERED");
    }
}
