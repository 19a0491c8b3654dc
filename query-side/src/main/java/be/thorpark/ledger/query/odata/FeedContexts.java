package be.thorpark.ledger.query.odata;

import be.thorpark.ledger.eventstore.EventLog;
import be.thorpark.ledger.query.view.BadViewRequestException;
import be.thorpark.ledger.query.view.BusinessCalendar;
import be.thorpark.ledger.query.view.ViewBehindException;
import be.thorpark.ledger.query.view.ViewReads;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.uri.queryoption.CustomQueryOption;

/**
 * Resolves the custom query options with the meaning they have on the REST views: {@code date} (the
 * business date, default today on the campus), {@code asOfPosition} or {@code asOfTime} (the views
 * right after that position or instant, auditors only), {@code minPosition} (wait until the view
 * has caught up).
 */
final class FeedContexts {

    static final String DATE = "date";
    static final String AS_OF_POSITION = "asOfPosition";
    static final String AS_OF_TIME = "asOfTime";
    static final String MIN_POSITION = "minPosition";

    private final ViewReads reads;
    private final EventLog log;

    FeedContexts(ViewReads reads, EventLog log) {
        this.reads = reads;
        this.log = log;
    }

    /** The custom options given, by name; the last value wins. */
    static Map<String, String> options(List<CustomQueryOption> options) {
        Map<String, String> byName = new HashMap<>();
        for (CustomQueryOption option : options) {
            byName.put(option.getName(), option.getText());
        }
        return byName;
    }

    FeedContext resolve(FeedSet set, Map<String, String> options) throws ODataApplicationException {
        LocalDate date = BusinessCalendar.dateOrToday(date(options.get(DATE)));
        Long asOfPosition = number(AS_OF_POSITION, options.get(AS_OF_POSITION));
        Long minPosition = number(MIN_POSITION, options.get(MIN_POSITION));
        Instant asOfTime = instant(options.get(AS_OF_TIME));
        try {
            if (set.view() == null) {
                return new FeedContext(null, historyEnd(asOfPosition, asOfTime), date);
            }
            ViewReads.Snapshot snapshot =
                    reads.read(set.view(), minPosition, asOfPosition, asOfTime);
            return new FeedContext(snapshot.source(), snapshot.position(), date);
        } catch (BadViewRequestException e) {
            throw ODataProblems.badRequest(e.field() + ": " + e.getMessage());
        } catch (ViewBehindException e) {
            throw ODataProblems.unavailable(e.getMessage());
        }
    }

    private long historyEnd(Long asOfPosition, Instant asOfTime) {
        if (asOfPosition != null && asOfTime != null) {
            throw new BadViewRequestException(
                    AS_OF_TIME, "give asOfPosition or asOfTime, not both");
        }
        long head = log.headPosition();
        if (asOfTime != null) {
            return log.positionAt(asOfTime);
        }
        if (asOfPosition == null) {
            return head;
        }
        if (asOfPosition < 0) {
            throw new BadViewRequestException(AS_OF_POSITION, "asOfPosition must be 0 or more");
        }
        if (asOfPosition > head) {
            throw new BadViewRequestException(
                    AS_OF_POSITION, "the history ends at position " + head);
        }
        return asOfPosition;
    }

    private static LocalDate date(String text) throws ODataApplicationException {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ODataProblems.badRequest(
                    DATE + ": " + text + " is not an ISO date such as 2024-06-30");
        }
    }

    private static Long number(String name, String text) throws ODataApplicationException {
        try {
            return text == null ? null : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ODataProblems.badRequest(name + ": " + text + " is not a whole number");
        }
    }

    private static Instant instant(String text) throws ODataApplicationException {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ODataProblems.badRequest(
                    AS_OF_TIME
                            + ": "
                            + text
                            + " is not an ISO instant such as "
                            + "2023-07-15T00:00:00Z");
        }
    }
}
