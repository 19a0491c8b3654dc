package be.thorpark.ledger.events;

import java.math.BigDecimal;

/** Exact parsing of the two-decimal quantities of the contract (money, areas). */
final class Decimals {

    private Decimals() {}

    static long parseHundredths(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        if (text.length() > 24) {
            throw new IllegalArgumentException(what + " is too long");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a decimal number such as 1250.50");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(what + " has at most two decimals");
        }
        try {
            return value.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " is out of range");
        }
    }
}
