package be.thorpark.ledger.query.odata;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where the next page of a server-driven paging resumes ({@code $skiptoken}): how many entities
 * were served so far (for {@code $top}), how many of {@code $skip} are still to be skipped, and
 * either the scan position of the last entity read (scan order) or the sort values of the last
 * entity served (any other order).
 */
record SkipToken(long served, long skipLeft, String cursor, List<Object> after) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String encode() {
        ObjectNode node = JSON.createObjectNode();
        node.put("s", served);
        node.put("k", skipLeft);
        if (cursor != null) {
            node.put("c", cursor);
        }
        if (after != null) {
            ArrayNode values = node.putArray("a");
            for (Object value : after) {
                ArrayNode typed = values.addArray();
                if (value == null) {
                    typed.add("z");
                } else {
                    typed.add(tag(value))
                            .add(
                                    value instanceof BigDecimal d
                                            ? d.toPlainString()
                                            : value.toString());
                }
            }
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8));
    }

    static SkipToken decode(String token) {
        try {
            JsonNode node =
                    JSON.readTree(
                            new String(
                                    Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
            List<Object> after = null;
            if (node.has("a")) {
                after = new ArrayList<>();
                for (JsonNode typed : node.get("a")) {
                    after.add(
                            value(
                                    typed.get(0).asString(),
                                    typed.size() > 1 ? typed.get(1).asString() : null));
                }
            }
            long served = node.get("s").asLong();
            long skipLeft = node.get("k").asLong();
            if (served < 0 || skipLeft < 0) {
                throw new IllegalArgumentException("negative counts");
            }
            return new SkipToken(
                    served, skipLeft, node.has("c") ? node.get("c").asString() : null, after);
        } catch (RuntimeException e) {
            throw new BadFeedQueryException(
                    "$skiptoken is not one this feed gave out; follow the @odata.nextLink "
                            + "of the previous page");
        }
    }

    private static String tag(Object value) {
        if (value instanceof BigDecimal) {
            return "n";
        }
        if (value instanceof LocalDate) {
            return "d";
        }
        if (value instanceof Instant) {
            return "t";
        }
        if (value instanceof Boolean) {
            return "b";
        }
        return "s";
    }

    private static Object value(String tag, String text) {
        return switch (tag) {
            case "z" -> null;
            case "n" -> new BigDecimal(text);
            case "d" -> LocalDate.parse(text);
            case "t" -> Instant.parse(text);
            case "b" -> Boolean.parseBoolean(text);
            case "s" -> text;
            default -> throw new IllegalArgumentException("unknown tag");
        };
    }
}
