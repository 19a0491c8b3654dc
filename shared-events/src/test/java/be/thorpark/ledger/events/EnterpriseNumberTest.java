package be.thorpark.ledger.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnterpriseNumberTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0403.170.701",
                "0403170701",
                "BE0403170701",
                "BE 0403.170.701",
                "be0403.170.701",
                " 0403 170 701 "
            })
    void aValidNumberIsAcceptedInEveryUsualSpelling(String spelling) {
        EnterpriseNumber number = EnterpriseNumber.parse(spelling);

        assertThat(number.digits()).isEqualTo("0403170701");
        assertThat(number).hasToString("0403.170.701");
        assertThat(number.formatted()).isEqualTo("0403.170.701");
    }

    @Test
    void spellingsOfOneNumberAreEqual() {
        assertThat(EnterpriseNumber.parse("BE 0403.170.701"))
                .isEqualTo(EnterpriseNumber.parse("0403170701"));
    }

    @Test
    void aNumberStartingWithOneIsValidToo() {
        assertThat(EnterpriseNumber.parse("1000.000.021")).hasToString("1000.000.021");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0403.170.702", "0403.170.700", "0403.171.701", "0304.170.701"})
    void wrongCheckDigitsAreRefused(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EnterpriseNumber.parse(text))
                .withMessage("the enterprise number's check digits (mod 97) do not match");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "403.170.701",
                "00403.170.701",
                "0403.170.70",
                "2403.170.701",
                "0403-170-701",
                "04O3.170.701",
                ""
            })
    void aNumberOfTheWrongShapeIsRefused(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EnterpriseNumber.parse(text))
                .withMessage("an enterprise number has ten digits and starts with 0 or 1");
    }

    @Test
    void aMissingOrOverlongNumberIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> EnterpriseNumber.parse(null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EnterpriseNumber.parse("0403.170.701".repeat(2)));
    }
}
