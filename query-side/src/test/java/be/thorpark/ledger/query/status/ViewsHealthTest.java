package be.thorpark.ledger.query.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class ViewsHealthTest {

    private static ProcessorStatus behindBy(long tenants, long units) {
        return new ProcessorStatus(
                new ProcessorStatus.Head(50_000, null),
                List.of(view("tenants", tenants), view("units", units)));
    }

    private static ProcessorStatus.View view(String name, long lag) {
        return new ProcessorStatus.View(
                name, name, 50_000 - lag, 50_000, lag, "PT0S", 0, lag == 0, List.of());
    }

    private static Health health(ProcessorStatus status, long maxLagEvents) {
        ViewLag lag = mock(ViewLag.class);
        when(lag.current()).thenReturn(status);
        return new ViewsHealth(lag, maxLagEvents).health(true);
    }

    @Test
    void viewsWithinTheThresholdAreReady() {
        Health health = health(behindBy(0, 10_000), 10_000);

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("units", "10000 events behind");
    }

    @Test
    void oneViewFarBehindMakesTheQuerySideNotReady() {
        Health health = health(behindBy(10_001, 0), 10_000);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("tenants", "10001 events behind");
    }

    @Test
    void aStoreThatCannotBeReadMakesItNotReady() {
        ViewLag lag = mock(ViewLag.class);
        when(lag.current()).thenThrow(new IllegalStateException("store unreachable"));

        assertThat(new ViewsHealth(lag, 10_000).health(false).getStatus()).isEqualTo(Status.DOWN);
    }
}
