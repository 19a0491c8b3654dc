package be.thorpark.ledger.eventstore;

/**
 * The one form in which text is stored and hashed. A store encodes text as UTF-8, which has no form
 * for an unpaired surrogate: the embedded server gives one back as U+FFFD, a real MongoDB as one or
 * more U+FFFD. Hashing the text before that replacement would make the stored event disagree with
 * its own hash for good, so the replacement is made here, once, before the event is hashed and
 * stored. Requests never get this far with such text (the HTTP side refuses it); this keeps the
 * chain right whatever the source of an event.
 */
final class StoredText {

    private static final char REPLACEMENT = '\uFFFD';

    private StoredText() {}

    static String canonical(String text) {
        if (text == null || isWellFormed(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return out.toString();
    }

    private static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
