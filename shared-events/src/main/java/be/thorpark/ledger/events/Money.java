package be.thorpark.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in euro, held exactly in cents. Written as a decimal string with two decimals ({@code
 * "5200000.00"}) so no reader ever sees a binary floating-point number.
 */
public record Money(long cents) implements Comparable<Money> {

    /**
     * One hundred billion euro: far above any campus figure, low enough that sums never overflow.
     */
    public static final long MAX_CENTS = 100_000_000_000_00L;

    public static final Money ZERO = new Money(0);

    public Money {
        if (cents < 0) {
            throw new IllegalArgumentException("an amount cannot be negative");
        }
        if (cents > MAX_CENTS) {
            throw new IllegalArgumentException("an amount cannot exceed 100,000,000,000.00 euro");
        }
    }

    @JsonCreator
    public static Money parse(String text) {
        return new Money(Decimals.parseHundredths(text, "an amount"));
    }

    public static Money euros(long euros) {
        return new Money(Math.multiplyExact(euros, 100));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public boolean isZero() {
        return cents == 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(cents, 2);
    }

    @JsonValue
    @Override
    public String toString() {
        return toBigDecimal().setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
