package be.thorpark.ledger.web.http;

import java.time.LocalDate;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.core.Ordered;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Request bodies are read strictly: a field the API does not know is an error rather than silently
 * dropped (a typo must not lose a value), null is no number, and decimals are read as {@code
 * BigDecimal}, never as binary floating point, so that amounts of money stay exact. No value is
 * turned into another: {@code 12.5} is no whole number, {@code 1} no enum constant, {@code "12"} no
 * number, {@code 12345} no text, {@code 20230101} no date, and a key given twice is an error rather
 * than the last one winning. Dates lie between 1900 and 2199. Runs after Spring Boot's own
 * customizer so that it always holds.
 *
 * <p>The size limits of a JSON document (nesting depth, text length) are Spring Boot properties,
 * defaulted in {@link be.thorpark.ledger.web.WebDefaults}.
 */
public class StrictJson implements JsonMapperBuilderCustomizer, Ordered {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.enable(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        builder.addModule(
                new SimpleModule("strict-values")
                        .addDeserializer(String.class, new StrictText())
                        .addDeserializer(LocalDate.class, new StrictDate()));
    }

    @Override
    public int getOrder() {
        return 10;
    }
}
