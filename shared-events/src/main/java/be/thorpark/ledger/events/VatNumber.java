package be.thorpark.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A supplier's VAT identification: a Belgian enterprise number (checked mod 97, written {@code
 * BE0403170701}) or another EU member state's VAT number (its two-letter prefix and 2 to 12 letters
 * or digits). The normalized form is what makes two declarations of one invoice recognizable as the
 * same supplier.
 */
public record VatNumber(String value) {

    private static final String EU_PREFIXES =
            "AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE "
                    + "SI SK XI";

    public VatNumber {
        if (value == null || !value.matches("[A-Z]{2}[0-9A-Z]{2,12}")) {
            throw new IllegalArgumentException(
                    "a VAT number is a two-letter EU country prefix followed by 2 to 12 "
                            + "letters or digits");
        }
        if (!EU_PREFIXES.contains(value.substring(0, 2))) {
            throw new IllegalArgumentException(
                    "a VAT number starts with the prefix of an EU member state");
        }
        if (value.startsWith("BE")) {
            EnterpriseNumber.parse(value.substring(2));
        }
    }

    @JsonCreator
    public static VatNumber parse(String text) {
        if (text == null || text.length() > 24) {
            throw new IllegalArgumentException(
                    "a VAT number is a two-letter EU country prefix followed by 2 to 12 "
                            + "letters or digits");
        }
        String cleaned = text.trim().toUpperCase(Locale.ROOT).replaceAll("[.\\s-]", "");
        if (cleaned.matches("[01]\\d{9}")) {
            cleaned = "BE" + cleaned;
        }
        return new VatNumber(cleaned);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
