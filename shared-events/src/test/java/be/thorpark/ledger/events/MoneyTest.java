package be.thorpark.ledger.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class MoneyTest {

    @Test
    void theErdfCommitmentIsReadToTheCent() {
        Money erdf = Money.parse("5200000.00");

        assertThat(erdf.cents()).isEqualTo(520_000_000L);
        assertThat(erdf).isEqualTo(Money.euros(5_200_000));
    }

    @Test
    void oneDecimalMeansTenCents() {
        assertThat(Money.parse("0.1").cents()).isEqualTo(10L);
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertThat(Money.parse(" 1250.50 ")).isEqualTo(new Money(125_050));
    }

    @Test
    void trailingZerosBeyondTheCentAreNotAThirdDecimal() {
        assertThat(Money.parse("12.500")).isEqualTo(new Money(1_250));
    }

    @Test
    void aThirdDecimalIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.parse("12.345"))
                .withMessage("an amount has at most two decimals");
    }

    @Test
    void aNegativeAmountIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.parse("-0.01"))
                .withMessage("an amount cannot be negative");
    }

    @Test
    void anAmountAboveOneHundredBillionIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.parse("100000000000.01"))
                .withMessage("an amount cannot exceed 100,000,000,000.00 euro");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e30", "99999999999999999999", "1e2147483647"})
    void anAbsurdAmountIsRefusedWithoutOverflowing(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "twelve", "12,50", "1.2.3"})
    void textThatIsNoDecimalNumberIsRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse(text));
    }

    @Test
    void aMissingAmountIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.parse(null))
                .withMessage("an amount is required");
    }

    @Test
    void anOverlongTextIsRefusedBeforeItIsParsed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.parse("0".repeat(25)))
                .withMessage("an amount is too long");
    }

    @Test
    void anAmountIsWrittenWithExactlyTwoDecimals() {
        assertThat(Money.parse("5200000")).hasToString("5200000.00");
        assertThat(Money.parse("0.1")).hasToString("0.10");
        assertThat(Money.ZERO).hasToString("0.00");
        assertThat(Money.parse("16000000.00")).hasToString("16000000.00");
    }

    @Test
    void sumsAndDifferencesStayExact() {
        Money total =
                Money.parse("5200000.00")
                        .plus(Money.parse("1000000.00"))
                        .plus(Money.parse("3800000.00"))
                        .plus(Money.parse("6000000.00"));

        assertThat(total).hasToString("16000000.00");
        assertThat(Money.parse("0.30").minus(Money.parse("0.10"))).isEqualTo(Money.parse("0.2"));
    }

    @Test
    void aDifferenceBelowZeroIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.parse("0.10").minus(Money.parse("0.11")));
    }

    @Test
    void amountsAreOrderedByValue() {
        assertThat(Money.parse("999.99")).isLessThan(Money.parse("1000"));
        assertThat(Money.parse("1000.00")).isEqualByComparingTo(Money.euros(1000));
    }

    @Test
    void jsonCarriesTheAmountAsADecimalString() {
        JsonMapper json = JsonMapper.builder().build();

        assertThat(json.writeValueAsString(Money.parse("5200000"))).isEqualTo("\"5200000.00\"");
        assertThat(json.readValue("\"1250.5\"", Money.class)).isEqualTo(new Money(125_050));
    }
}
