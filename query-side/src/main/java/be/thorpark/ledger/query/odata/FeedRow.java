package be.thorpark.ledger.query.odata;

import java.util.Map;

/**
 * One entity as its property values (String, Long, Integer, BigDecimal, LocalDate, Instant, Boolean
 * or a list of strings) and the place in its set's scan order where a next page resumes after it.
 */
record FeedRow(Map<String, Object> values, String cursor) {

    Object get(String property) {
        return values.get(property);
    }
}
