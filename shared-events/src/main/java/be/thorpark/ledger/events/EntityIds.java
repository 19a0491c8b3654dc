package be.thorpark.ledger.events;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** The shape every entity id of the ledger shares: a prefix and a short, URL-safe body. */
final class EntityIds {

    private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");

    private EntityIds() {}

    static String require(String value, String prefix) {
        if (value == null
                || !value.startsWith(prefix)
                || value.length() == prefix.length()
                || !SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "not a valid id: it starts with '"
                            + prefix
                            + "' and holds lower-case letters, digits, '.', '_' or '-'");
        }
        return value;
    }

    static String random(String prefix) {
        return prefix + UUID.randomUUID();
    }

    static String slug(String text) {
        return text.trim()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("(^-+|-+$)", "");
    }
}
