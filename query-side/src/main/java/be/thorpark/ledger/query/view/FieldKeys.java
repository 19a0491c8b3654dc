package be.thorpark.ledger.query.view;

/**
 * Entity ids may hold '.', which MongoDB reads as a path separator in field names; keys made of ids
 * use the full-width full stop (U+FF0E) instead, as MongoDB recommends, and a leading '$' becomes
 * U+FF04.
 */
public final class FieldKeys {

    private FieldKeys() {}

    public static String encode(String id) {
        String key = id.replace('.', '\uFF0E');
        return key.startsWith("$") ? '\uFF04' + key.substring(1) : key;
    }

    public static String decode(String key) {
        String id = key.replace('\uFF0E', '.');
        return id.startsWith("\uFF04") ? '$' + id.substring(1) : id;
    }
}
