package be.thorpark.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/**
 * A floor area in square metres with two decimals, held exactly in hundredths of a square metre.
 */
public record AreaM2(long hundredths) implements Comparable<AreaM2> {

    /**
     * One million square metres: far above the campus's 30,000 m2 goal, so typing errors are
     * caught.
     */
    public static final long MAX_HUNDREDTHS = 1_000_000_00L;

    public static final AreaM2 ZERO = new AreaM2(0);

    public AreaM2 {
        if (hundredths < 0) {
            throw new IllegalArgumentException("an area cannot be negative");
        }
        if (hundredths > MAX_HUNDREDTHS) {
            throw new IllegalArgumentException("an area cannot exceed 1,000,000 m2");
        }
    }

    @JsonCreator
    public static AreaM2 parse(String text) {
        return new AreaM2(Decimals.parseHundredths(text, "an area"));
    }

    public static AreaM2 squareMetres(long m2) {
        return new AreaM2(Math.multiplyExact(m2, 100));
    }

    public AreaM2 plus(AreaM2 other) {
        return new AreaM2(Math.addExact(hundredths, other.hundredths));
    }

    public AreaM2 minus(AreaM2 other) {
        return new AreaM2(Math.subtractExact(hundredths, other.hundredths));
    }

    public boolean isZero() {
        return hundredths == 0;
    }

    @Override
    public int compareTo(AreaM2 other) {
        return Long.compare(hundredths, other.hundredths);
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
