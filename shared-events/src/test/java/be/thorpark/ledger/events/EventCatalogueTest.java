package be.thorpark.ledger.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/**
 * docs/events.md lists every published event with its revision and every field, as the code has
 * them.
 */
class EventCatalogueTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "events.md");

    @Test
    void everyEventItsRevisionAndEveryFieldIsInTheCatalogue() throws Exception {
        String catalogue = Files.readString(CATALOGUE);
        List<Class<?>> events = publishedEvents();

        assertThat(events).as("events found in shared-events").hasSizeGreaterThanOrEqualTo(20);
        for (Class<?> event : events) {
            String heading =
                    "### "
                            + event.getSimpleName()
                            + " (revision "
                            + event.getAnnotation(Revision.class).value()
                            + ")";
            assertThat(catalogue)
                    .as("docs/events.md names " + event.getSimpleName())
                    .contains(heading);
            String section = section(catalogue, heading);
            for (RecordComponent field : event.getRecordComponents()) {
                assertThat(section)
                        .as(
                                "docs/events.md lists field "
                                        + field.getName()
                                        + " of "
                                        + event.getSimpleName())
                        .contains("| `" + field.getName() + "` |");
            }
        }
    }

    @Test
    void theCatalogueNamesNoEventThatDoesNotExist() throws Exception {
        List<String> names = publishedEvents().stream().map(Class::getSimpleName).toList();

        List<String> documented =
                Files.readAllLines(CATALOGUE).stream()
                        .filter(line -> line.startsWith("### "))
                        .map(line -> line.substring(4, line.indexOf(' ', 4)))
                        .toList();

        assertThat(names).containsAll(documented);
    }

    private static String section(String catalogue, String heading) {
        int start = catalogue.indexOf(heading);
        int end = catalogue.indexOf("\n#", start + heading.length());
        return end < 0 ? catalogue.substring(start) : catalogue.substring(start, end);
    }

    /** Every record with {@code @Revision} among the compiled classes of this module. */
    static List<Class<?>> publishedEvents()
            throws IOException, URISyntaxException, ClassNotFoundException {
        Path root =
                Path.of(Money.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> events = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name =
                        root.relativize(file)
                                .toString()
                                .replace(file.getFileSystem().getSeparator(), ".")
                                .replaceAll("\\.class$", "");
                Class<?> type =
                        Class.forName(name, false, EventCatalogueTest.class.getClassLoader());
                if (type.isRecord() && type.isAnnotationPresent(Revision.class)) {
                    events.add(type);
                }
            }
        }
        return events;
    }
}
