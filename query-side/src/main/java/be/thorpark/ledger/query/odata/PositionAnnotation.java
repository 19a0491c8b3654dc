package be.thorpark.ledger.query.odata;

import java.nio.charset.StandardCharsets;

/**
 * Adds {@code "@campus.position": P} to a JSON answer, right after {@code @odata.context} (which
 * must stay first), or first when there is no context (metadata=none). The serializer writes no
 * annotations on a collection, so the annotation is placed in its output.
 */
final class PositionAnnotation {

    private static final String CONTEXT = "{\"@odata.context\":\"";

    private PositionAnnotation() {}

    static byte[] insert(byte[] json, long position) {
        String text = new String(json, StandardCharsets.UTF_8);
        String annotation = "\"" + FeedProcessor.POSITION_ANNOTATION + "\":" + position;
        if (text.startsWith(CONTEXT)) {
            int end = endOfString(text, CONTEXT.length());
            return (text.substring(0, end + 1) + "," + annotation + text.substring(end + 1))
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (text.startsWith("{")) {
            String rest = text.substring(1);
            return ("{" + annotation + (rest.startsWith("}") ? "" : ",") + rest)
                    .getBytes(StandardCharsets.UTF_8);
        }
        return json;
    }

    /** The index of the quote that closes the JSON string starting at {@code from}. */
    private static int endOfString(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        throw new IllegalStateException("unterminated context URL");
    }
}
