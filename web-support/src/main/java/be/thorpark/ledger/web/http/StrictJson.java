package be.thorpark.ledger.web.http;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.core.Ordered;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies are read strictly: a field the API does not know is an error rather than silently dropped (a typo
 * must not lose a value), null is no number, and decimals are read as {@code BigDecimal}, never as binary floating
 * point, so that amounts of money stay exact. Runs after Spring Boot's own customizer so that it always holds.
 * <p>
 * The size limits of a JSON document (nesting depth, text length) are Spring Boot properties, defaulted in
 * {@link be.thorpark.ledger.web.WebDefaults}.
 */
public class StrictJson implements JsonMapperBuilderCustomizer, Ordered {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    @Override
    public int getOrder() {
        return 10;
    }
}
