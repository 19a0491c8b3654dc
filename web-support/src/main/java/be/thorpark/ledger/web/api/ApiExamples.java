package be.thorpark.ledger.web.api;

import java.util.Map;

/**
 * Example request bodies for the API reference, contributed by each side for its own endpoints. Keys are
 * {@code "POST /api/units"}: the method and the path as the document spells it.
 */
public interface ApiExamples {

    Map<String, Object> requestBodies();
}
