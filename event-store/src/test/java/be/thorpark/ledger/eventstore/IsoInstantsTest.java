package be.thorpark.ledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {

    @Test
    void everyInstantTheStoreWritesIsReadBackExactly() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(-62_135_596_800L, 253_402_300_799L);
            int nanos =
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1000;
                        default -> random.nextInt(1_000_000_000);
                    };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(IsoInstants.parse(instant.toString())).isEqualTo(instant);
        }
    }

    @Test
    void textOutsideThePlainLayoutIsLeftToTheGeneralParser() {
        assertThat(IsoInstants.parse("+10000-01-01T00:00:00Z"))
                .isEqualTo(Instant.parse("+10000-01-01T00:00:00Z"));
        assertThat(IsoInstants.parse("2026-11-25T13:07:20.5Z"))
                .isEqualTo(Instant.parse("2026-11-25T13:07:20.5Z"));
        assertThatThrownBy(() -> IsoInstants.parse("2026-02-30T13:07:20Z"))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> IsoInstants.parse("2026-11-25T25:07:20Z"))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> IsoInstants.parse("2026-11-25T13:07:2xZ"))
                .isInstanceOf(RuntimeException.class);
    }
}
