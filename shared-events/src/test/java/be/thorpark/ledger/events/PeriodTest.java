package be.thorpark.ledger.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final Period FIRST_HALF_2026 =
            new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

    @Test
    void aPeriodOfOneDayIsValid() {
        Period day = new Period(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));

        assertThat(day.contains(LocalDate.of(2026, 3, 2))).isTrue();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 30)))
                .withMessage("a period cannot end before it starts");
    }

    @Test
    void aPeriodWithoutAnEndIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Period(LocalDate.of(2026, 1, 1), null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Period(null, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void bothEndsBelongToThePeriod() {
        assertThat(FIRST_HALF_2026.contains(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(FIRST_HALF_2026.contains(LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(FIRST_HALF_2026.contains(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(FIRST_HALF_2026.contains(LocalDate.of(2026, 7, 1))).isFalse();
    }

    @Test
    void aPeriodCoversItselfAndWhatLiesWithinIt() {
        assertThat(FIRST_HALF_2026.covers(FIRST_HALF_2026)).isTrue();
        assertThat(
                        FIRST_HALF_2026.covers(
                                new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31))))
                .isTrue();
    }

    @Test
    void aPeriodDoesNotCoverWhatRunsPastEitherEnd() {
        assertThat(
                        FIRST_HALF_2026.covers(
                                new Period(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 31))))
                .isFalse();
        assertThat(
                        FIRST_HALF_2026.covers(
                                new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1))))
                .isFalse();
    }
}
