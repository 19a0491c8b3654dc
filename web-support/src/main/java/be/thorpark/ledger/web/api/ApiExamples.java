package be.thorpark.ledger.web.api;

import be.thorpark.ledger.web.problem.ProblemCode;
import java.util.List;
import java.util.Map;

/**
 * Example request bodies for the API reference, contributed by each side for its own endpoints.
 * Keys are {@code "POST /api/units"}: the method and the path as the document spells it.
 */
public interface ApiExamples {

    Map<String, Object> requestBodies();

    /**
     * The business refusals (409 and 422 codes) each endpoint can answer, keyed like {@link
     * #requestBodies()}; the reference lists them per operation with an example body each.
     */
    default Map<String, List<ProblemCode>> refusals() {
        return Map.of();
    }
}
