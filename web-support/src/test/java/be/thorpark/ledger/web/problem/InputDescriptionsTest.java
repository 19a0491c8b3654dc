package be.thorpark.ledger.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a client is told a bad parameter must be. */
class InputDescriptionsTest {

    record ProgrammeId(String value) {
        public static final String PREFIX = "programme-";
    }

    record Point(int x, int y) {}

    @Test
    void anIdTypeIsDescribedByItsPrefixNotAsAnObject() {
        assertThat(InputDescriptions.expected(ProgrammeId.class))
                .isEqualTo(
                        "an id that starts with 'programme-' and holds at most 80 lower-case"
                                + " letters, digits, '.', '_' or '-'");
    }

    @Test
    void otherRecordsAndMapsAreObjects() {
        assertThat(InputDescriptions.expected(Point.class)).isEqualTo("an object");
        assertThat(InputDescriptions.expected(Map.class)).isEqualTo("an object");
        assertThat(InputDescriptions.expected(Long.class)).isEqualTo("a whole number");
    }
}
