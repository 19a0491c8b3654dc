package be.thorpark.ledger.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class AreaM2Test {

    @Test
    void theFirstPhaseIsReadToTheHundredthOfASquareMetre() {
        AreaM2 phase = AreaM2.parse("8000.00");

        assertThat(phase.hundredths()).isEqualTo(800_000L);
        assertThat(phase).isEqualTo(AreaM2.squareMetres(8_000));
    }

    @Test
    void oneDecimalMeansTenHundredths() {
        assertThat(AreaM2.parse("0.1").hundredths()).isEqualTo(10L);
    }

    @Test
    void aThirdDecimalIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AreaM2.parse("412.125"))
                .withMessage("an area has at most two decimals");
    }

    @Test
    void aNegativeAreaIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AreaM2.parse("-12"))
                .withMessage("an area cannot be negative");
    }

    @Test
    void anAreaAboveOneMillionSquareMetresIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AreaM2.parse("1000000.01"))
                .withMessage("an area cannot exceed 1,000,000 m2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e30", "99999999999999999999", "1e-400", "", "abc"})
    void anAbsurdAreaIsRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> AreaM2.parse(text));
    }

    @Test
    void anAreaIsWrittenWithExactlyTwoDecimals() {
        assertThat(AreaM2.parse("8000")).hasToString("8000.00");
        assertThat(AreaM2.parse("0.1")).hasToString("0.10");
        assertThat(AreaM2.ZERO).hasToString("0.00");
    }

    @Test
    void areasAddUpAndCompareExactly() {
        AreaM2 shared = AreaM2.parse("2400.25").plus(AreaM2.parse("5599.75"));

        assertThat(shared).isEqualTo(AreaM2.squareMetres(8_000));
        assertThat(shared.minus(AreaM2.parse("0.01"))).isLessThan(shared);
        assertThat(AreaM2.ZERO.isZero()).isTrue();
    }

    @Test
    void jsonCarriesTheAreaAsADecimalString() {
        JsonMapper json = JsonMapper.builder().build();

        assertThat(json.writeValueAsString(AreaM2.parse("412.5"))).isEqualTo("\"412.50\"");
        assertThat(json.readValue("\"412.50\"", AreaM2.class)).isEqualTo(new AreaM2(41_250));
    }
}
