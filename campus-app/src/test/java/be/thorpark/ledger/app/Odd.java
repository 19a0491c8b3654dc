package be.thorpark.ledger.app;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** Generators of the odd values a careless or hostile client sends, for {@link CommandFuzzTest}. */
final class Odd {

    /**
     * Escapes every non-ASCII character, so that lone surrogates reach the server as {@code
     * \ud800}.
     */
    static final JsonMapper ESCAPING =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private static final Object DROP = new Object();

    private Odd() {}

    static Arbitrary<String> ids() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "tenant-0000000097",
                        "unit-B1-0.01",
                        "lease-1",
                        "x",
                        "0",
                        "-1",
                        " ",
                        "..",
                        ".",
                        "a/b",
                        "a;b",
                        "%",
                        "\u202E",
                        "\ud83d\ude00",
                        "null",
                        "[]",
                        "{}"),
                Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings().withCharRange('a', 'z').ofLength(3000));
    }

    static Arbitrary<Object> oddValue() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                                "",
                                " ",
                                "\ud800",
                                "\udfff",
                                "a\u0000b",
                                "\u0007",
                                "\u202Eevil",
                                "\uFEFF",
                                "\uFFFE",
                                "\uFFFF",
                                "\ud83d\ude00",
                                "e\u0301",
                                "'; DROP TABLE events; --",
                                "=SUM(A1)",
                                "<script>alert(1)</script>",
                                "../../etc/passwd",
                                "%00",
                                "\r\n",
                                "${jndi:ldap://x/a}",
                                "0000-01-01",
                                "+99999-01-01",
                                "2024-02-30",
                                "2024-13-01",
                                "2024-01-01T00:00:00Z",
                                "NaN",
                                "1e999",
                                "-0",
                                "0x10",
                                "BE 0403.170.701",
                                "true")
                        .map(s -> (Object) s),
                Arbitraries.of(
                                0,
                                -1,
                                1,
                                Integer.MAX_VALUE,
                                Integer.MIN_VALUE,
                                Long.MAX_VALUE,
                                Long.MIN_VALUE,
                                12.5,
                                -0.0,
                                1e308,
                                20230101)
                        .map(n -> (Object) n),
                Arbitraries.of(
                                new BigDecimal("1E+400"),
                                new BigDecimal("0.0000000000000000000001"),
                                new BigDecimal("99999999999999999999999999999999.99"))
                        .map(n -> (Object) n),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null),
                Arbitraries.of(
                                List.of(),
                                Arrays.asList((Object) null),
                                List.of(1, "a"),
                                Map.of(),
                                Map.of("value", "x"))
                        .map(v -> (Object) v),
                Arbitraries.strings().ofMinLength(0).ofMaxLength(200).map(s -> (Object) s),
                Arbitraries.strings()
                        .withCharRange('a', 'z')
                        .ofLength(20_000)
                        .map(s -> (Object) s));
    }

    /**
     * The skeleton's fields, each kept, dropped or replaced by an odd value, and now and then an
     * unknown one.
     */
    static Arbitrary<Map<String, Object>> fieldValues(Map<String, Object> skeleton) {
        List<Arbitrary<Object>> values = new ArrayList<>();
        List<String> keys = new ArrayList<>(skeleton.keySet());
        for (String key : keys) {
            Object plausible = skeleton.get(key);
            values.add(
                    Arbitraries.frequencyOf(
                            Tuple.of(5, Arbitraries.just(plausible)),
                            Tuple.of(1, Arbitraries.just(DROP)),
                            Tuple.of(3, oddValue())));
        }
        Arbitrary<Boolean> unknown = Arbitraries.of(true, false, false, false);
        if (values.isEmpty()) {
            return unknown.map(u -> u ? Map.of("unexpected", "x") : Map.of());
        }
        return Combinators.combine(Combinators.combine(values).as(list -> list), unknown)
                .as(
                        (list, extra) -> {
                            Map<String, Object> map = new LinkedHashMap<>();
                            for (int i = 0; i < keys.size(); i++) {
                                if (list.get(i) != DROP) {
                                    map.put(keys.get(i), list.get(i));
                                }
                            }
                            if (extra) {
                                map.put("unexpected", 1);
                            }
                            return map;
                        });
    }

    static Arbitrary<byte[]> wholeBodies() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                                "",
                                "null",
                                "[]",
                                "[{}]",
                                "{}",
                                "\"text\"",
                                "1",
                                "true",
                                "{",
                                "}",
                                "{\"a\":}",
                                "{\"a\" 1}",
                                "{'a':1}",
                                "{\"a\":1,}",
                                "{\"a\":NaN}",
                                "{\"a\":1}{\"b\":2}",
                                "\u0000",
                                "<xml/>",
                                "a=1&b=2",
                                "--fuzz\r\n"
                                        + "Content-Disposition: form-data; name=\"a\"\r\n\r\n"
                                        + "not closed")
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.integers()
                        .between(100, 5000)
                        .map(
                                depth ->
                                        ("[".repeat(depth) + "]".repeat(depth))
                                                .getBytes(StandardCharsets.UTF_8)),
                Arbitraries.integers()
                        .between(100, 5000)
                        .map(
                                depth ->
                                        ("{\"a\":".repeat(depth) + "1" + "}".repeat(depth))
                                                .getBytes(StandardCharsets.UTF_8)),
                Arbitraries.just(
                        ("{\"name\":\"" + "x".repeat(300_000) + "\"}")
                                .getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64),
                Arbitraries.just(
                        new byte[] {
                            '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'
                        }));
    }

    static byte[] duplicateFirstKey(Map<String, Object> body) {
        String json = ESCAPING.writeValueAsString(body);
        if (body.isEmpty()) {
            return "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8);
        }
        String first = body.keySet().iterator().next();
        return ("{\"" + first + "\":\"duplicate\"," + json.substring(1))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A JSON object with every component of a request record, each with a value of roughly its
     * type.
     */
    static Map<String, Object> skeleton(Class<?> type, int depth) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (!type.isRecord() || depth > 4) {
            return fields;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            fields.put(
                    component.getName(),
                    plausible(component.getType(), component.getGenericType(), depth));
        }
        return fields;
    }

    private static Object plausible(Class<?> type, Type generic, int depth) {
        if (type == String.class) {
            return "Fuzz";
        }
        if (type == LocalDate.class) {
            return "2024-01-01";
        }
        if (type == int.class
                || type == Integer.class
                || type == long.class
                || type == Long.class) {
            return 10;
        }
        if (type == BigDecimal.class || type == double.class) {
            return "10.00";
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        if (Collection.class.isAssignableFrom(type)) {
            if (generic instanceof ParameterizedType parameterized
                    && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
                return List.of(plausible(element, element, depth + 1));
            }
            return List.of();
        }
        if (hasStringCreator(type)) {
            return "fuzz-1";
        }
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            if (components.length == 1 && components[0].getType() == long.class) {
                return 1000;
            }
            return skeleton(type, depth + 1);
        }
        return "1";
    }

    private static boolean hasStringCreator(Class<?> type) {
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isStatic(method.getModifiers())
                    && method.isAnnotationPresent(JsonCreator.class)
                    && method.getParameterCount() == 1
                    && method.getParameterTypes()[0] == String.class) {
                return true;
            }
        }
        return false;
    }
}
