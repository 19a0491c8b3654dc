package be.thorpark.ledger.events.funding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A funding source's code within its programme, such as ERDF, HERMES, CAPITAL or BANK. */
public record SourceCode(String value) {

    public static final SourceCode ERDF = new SourceCode("ERDF");

    public SourceCode {
        if (value == null || !value.matches("[A-Z][A-Z0-9_]{1,19}")) {
            throw new IllegalArgumentException(
                    "a source code is 2 to 20 upper-case letters, digits or '_'");
        }
    }

    @JsonCreator
    public static SourceCode of(String value) {
        return new SourceCode(value == null ? null : value.trim().toUpperCase());
    }

    public boolean isErdf() {
        return equals(ERDF);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
