package be.thorpark.ledger.query.view;

import be.thorpark.ledger.web.http.LedgerHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MimeTypeUtils;

/**
 * Answers for the views: the {@code Event-Position} header on every response, JSON or CSV for
 * lists.
 */
public final class ViewResponses {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private ViewResponses() {}

    public static <T> ResponseEntity<T> one(long position, T body) {
        return ResponseEntity.ok()
                .header(LedgerHeaders.EVENT_POSITION, Long.toString(position))
                .body(body);
    }

    /**
     * One entity, with its version (the number of its events) as a strong entity tag: the value a
     * command's {@code If-Match} takes. A view built before it kept versions has none to give, and
     * then sends no tag.
     */
    public static <T> ResponseEntity<T> entity(long position, long version, T body) {
        ResponseEntity.BodyBuilder ok =
                ResponseEntity.ok().header(LedgerHeaders.EVENT_POSITION, Long.toString(position));
        if (version > 0) {
            ok.eTag("\"" + version + "\"");
        }
        return ok.body(body);
    }

    /**
     * A list page: JSON {@code {"items", "page", "size", "total", "position"}}, or CSV when asked
     * for.
     */
    public static <T> ResponseEntity<?> list(
            String accept, ViewPage<T> page, List<CsvWriter.Column<T>> columns) {
        return list(accept, page.position(), page, page.items(), columns);
    }

    /**
     * A list answer whose JSON body carries more than the page (totals, targets); CSV holds the
     * rows alone.
     */
    public static <T> ResponseEntity<?> list(
            String accept,
            long position,
            Object json,
            List<T> rows,
            List<CsvWriter.Column<T>> columns) {
        if (wantsCsv(accept)) {
            return ResponseEntity.ok()
                    .header(LedgerHeaders.EVENT_POSITION, Long.toString(position))
                    .contentType(CSV)
                    .body(CsvWriter.write(columns, rows));
        }
        return ResponseEntity.ok()
                .header(LedgerHeaders.EVENT_POSITION, Long.toString(position))
                .contentType(MediaType.APPLICATION_JSON)
                .body(json);
    }

    /**
     * Whether CSV ranks before JSON in the Accept header; anything else, and no header, means JSON.
     */
    static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (IllegalArgumentException e) {
            return false;
        }
        MimeTypeUtils.sortBySpecificity(types);
        types.sort((a, b) -> Double.compare(b.getQualityValue(), a.getQualityValue()));
        for (MediaType type : types) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
                return true;
            }
            if (type.isWildcardType() || type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return false;
            }
        }
        return false;
    }
}
