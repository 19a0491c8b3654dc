package be.thorpark.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A Belgian enterprise number (KBO/BCE): ten digits starting with 0 or 1, whose last two digits are
 * 97 minus the first eight modulo 97. Accepted with or without dots, spaces or a {@code BE} prefix;
 * written as {@code 0403.170.701}.
 */
public record EnterpriseNumber(String digits) {

    public EnterpriseNumber {
        if (digits == null || !digits.matches("[01]\\d{9}")) {
            throw new IllegalArgumentException(
                    "an enterprise number has ten digits and starts with 0 or 1");
        }
        long body = Long.parseLong(digits.substring(0, 8));
        int check = Integer.parseInt(digits.substring(8));
        if (97 - body % 97 != check) {
            throw new IllegalArgumentException(
                    "the enterprise number's check digits (mod 97) do not match");
        }
    }

    @JsonCreator
    public static EnterpriseNumber parse(String text) {
        if (text == null || text.length() > 20) {
            throw new IllegalArgumentException(
                    "an enterprise number has ten digits and starts with 0 or 1");
        }
        String cleaned = text.trim().toUpperCase().replaceFirst("^BE", "").replaceAll("[.\\s]", "");
        return new EnterpriseNumber(cleaned);
    }

    @JsonValue
    public String formatted() {
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
