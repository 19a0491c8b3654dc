package be.thorpark.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/**
 * A percentage held exactly in hundredths of a percent ({@code "40.00"} is 4,000), such as a
 * grant's co-financing rate. Shares of money are rounded down to the cent, so a share never pays
 * more than the rate allows.
 */
public record Rate(long hundredthsOfPercent) {

    public Rate {
        if (hundredthsOfPercent <= 0 || hundredthsOfPercent > 100_00) {
            throw new IllegalArgumentException("a rate lies above 0.00 and at most 100.00 percent");
        }
    }

    @JsonCreator
    public static Rate parse(String text) {
        return new Rate(Decimals.parseHundredths(text, "a rate"));
    }

    /** This rate's share of an amount, rounded down to the cent. */
    public Money of(Money amount) {
        return new Money(Math.multiplyExact(amount.cents(), hundredthsOfPercent) / 100_00);
    }

    @JsonValue
    @Override
    public String toString() {
        return BigDecimal.valueOf(hundredthsOfPercent, 2).toPlainString();
    }
}
