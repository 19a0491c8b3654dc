package be.thorpark.ledger.web.http;

/**
 * Text the ledger can store and give back byte for byte, so that what was hashed is what a later
 * read returns. Refused: unpaired surrogates (no UTF-8 form exists; a store replaces them), control
 * characters other than tab, line feed and carriage return (C0, DEL and C1, never meaningful in a
 * record and some stores mangle NUL), and Unicode non-characters (U+FDD0..U+FDEF and the last two
 * code points of every plane, reserved for internal use).
 */
public final class KeepableText {

    private KeepableText() {}

    /**
     * Why {@code text} cannot be kept, naming the first offending code point, or null when it can.
     */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (Character.isSurrogate((char) codePoint) && width == 1) {
                return "holds an unpaired surrogate (" + hex(codePoint) + "), which is not text";
            }
            if (isRefusedControl(codePoint)) {
                return "holds the control character "
                        + hex(codePoint)
                        + "; only tab, line feed and carriage "
                        + "return are allowed";
            }
            if (isNonCharacter(codePoint)) {
                return "holds the Unicode non-character " + hex(codePoint);
            }
            i += width;
        }
        return null;
    }

    private static boolean isRefusedControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                && codePoint != '\t'
                && codePoint != '\n'
                && codePoint != '\r';
    }

    private static boolean isNonCharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static String hex(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
