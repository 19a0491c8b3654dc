package be.thorpark.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/**
 * Full-time equivalents, exact to a hundredth ({@code "12.50"}): the unit of ERDF indicator CO08,
 * where two half-time jobs count as one.
 */
public record Fte(long hundredths) {

    public Fte {
        if (hundredths <= 0 || hundredths > 5_000_00) {
            throw new IllegalArgumentException(
                    "full-time equivalents lie above 0.00 and at most 5000.00");
        }
    }

    @JsonCreator
    public static Fte parse(String text) {
        return new Fte(Decimals.parseHundredths(text, "full-time equivalents"));
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(hundredths, 2);
    }

    @JsonValue
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
