package be.thorpark.ledger.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/errors.md documents exactly the codes of {@link ProblemCode}, each with the status it is
 * answered with.
 */
class ErrorCatalogueTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "errors.md");
    private static final Pattern ROW =
            Pattern.compile("^\\| `([A-Z_]+)` \\| (\\d{3}) \\|(.*)\\|(.*)\\|$");

    private static Map<String, Integer> documented() throws IOException {
        Map<String, Integer> codes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CATALOGUE)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                assertThat(row.group(3).isBlank() || row.group(4).isBlank())
                        .as("when and what to do for " + row.group(1))
                        .isFalse();
                codes.put(row.group(1), Integer.parseInt(row.group(2)));
            }
        }
        return codes;
    }

    @Test
    void everyCodeIsDocumentedWithItsStatus() throws IOException {
        Map<String, Integer> documented = documented();

        for (ProblemCode code : ProblemCode.values()) {
            assertThat(documented).as("docs/errors.md documents " + code).containsKey(code.name());
            assertThat(documented.get(code.name()))
                    .as("status of " + code)
                    .isEqualTo(code.status().value());
        }
        assertThat(documented.keySet())
                .as("codes in docs/errors.md that do not exist")
                .isSubsetOf(Arrays.stream(ProblemCode.values()).map(Enum::name).toList());
    }

    @Test
    void everyTypeFollowsTheOneScheme() {
        for (ProblemCode code : ProblemCode.values()) {
            assertThat(code.type().toString())
                    .isEqualTo(
                            "urn:campus-ledger:problem:"
                                    + code.name().toLowerCase().replace('_', '-'));
        }
    }

    @Test
    void theCodesAreSortedSoThatEachAdditionIsOneLineInItsPlace() {
        List<String> names = Arrays.stream(ProblemCode.values()).map(Enum::name).toList();

        assertThat(names).isSorted();
    }
}
