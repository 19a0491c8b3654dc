package be.thorpark.ledger.eventstore.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The shared defaults apply unless anything else sets the same property. */
class LedgerDefaultsTest {

    @Test
    void axonsHandlerTimeoutsAreOffUnlessSomethingElseTurnsThemOn() {
        StandardEnvironment plain = new StandardEnvironment();
        new LedgerDefaults().postProcessEnvironment(plain, new SpringApplication());
        assertThat(plain.getProperty("axon.timeout.enabled", Boolean.class)).isFalse();

        StandardEnvironment configured = new StandardEnvironment();
        configured
                .getPropertySources()
                .addFirst(
                        new MapPropertySource("operator", Map.of("axon.timeout.enabled", "true")));
        new LedgerDefaults().postProcessEnvironment(configured, new SpringApplication());
        assertThat(configured.getProperty("axon.timeout.enabled", Boolean.class)).isTrue();
    }
}
