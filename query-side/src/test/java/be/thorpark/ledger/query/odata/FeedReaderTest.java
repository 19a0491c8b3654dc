package be.thorpark.ledger.query.odata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Paging, filtering and sorting over a stream of entities, with the bounds that keep memory flat.
 */
class FeedReaderTest {

    /**
     * 10,000 units U00000..U09999 whose rent falls as the id grows, read lazily; counts what was
     * read.
     */
    static final class Units implements FeedSet {
        final AtomicInteger read = new AtomicInteger();
        final int size;

        Units(int size) {
            this.size = size;
        }

        @Override
        public String name() {
            return "Units";
        }

        @Override
        public String typeName() {
            return "Unit";
        }

        @Override
        public List<FeedProperty> properties() {
            return List.of(FeedProperty.text("Id"), FeedProperty.decimal("Rent"));
        }

        @Override
        public String key() {
            return "Id";
        }

        @Override
        public String view() {
            return "units";
        }

        @Override
        public RowSource rows(FeedContext context) {
            return cursor -> {
                int from = cursor == null ? 0 : Integer.parseInt(cursor) + 1;
                return IntStream.range(from, size)
                        .mapToObj(
                                i -> {
                                    read.incrementAndGet();
                                    return new FeedRow(
                                            Map.of(
                                                    "Id",
                                                    String.format("U%05d", i),
                                                    "Rent",
                                                    BigDecimal.valueOf(size - i).setScale(2)),
                                            Integer.toString(i));
                                });
            };
        }
    }

    private static FeedQuery query(
            java.util.function.Predicate<FeedRow> filter,
            List<FeedQuery.Order> orders,
            Integer skip,
            Integer top,
            int pageSize) {
        return new FeedQuery(filter, orders, skip, top, false, pageSize);
    }

    private static List<FeedRow> readAll(
            FeedReader reader, Units units, FeedQuery query, List<Integer> pageSizes) {
        List<FeedRow> all = new ArrayList<>();
        SkipToken token = null;
        do {
            FeedPage page =
                    reader.page(
                            units,
                            units.rows(null),
                            query,
                            token == null ? null : SkipToken.decode(token.encode()),
                            null);
            pageSizes.add(page.rows().size());
            all.addAll(page.rows());
            token = page.next();
        } while (token != null);
        return all;
    }

    @Test
    void pagesInScanOrderReadOnlyAsFarAsThePageNeeds() {
        Units units = new Units(10_000);
        FeedReader reader = new FeedReader(1_000, 100_000, 5_000);

        FeedPage first =
                reader.page(
                        units,
                        units.rows(null),
                        query(FeedQuery.ALL, List.of(), null, null, 50),
                        null,
                        null);

        assertThat(first.rows()).hasSize(50);
        assertThat(first.rows().get(0).get("Id")).isEqualTo("U00000");
        assertThat(units.read.get()).isLessThanOrEqualTo(51);
        assertThat(first.next()).isNotNull();
    }

    @Test
    void aSelectiveFilterEndsPagesEarlyAtTheScanWindowAndStillFindsEveryMatch() {
        Units units = new Units(10_000);
        FeedReader reader = new FeedReader(1_000, 100_000, 5_000);
        List<Integer> pageSizes = new ArrayList<>();

        List<FeedRow> matches =
                readAll(
                        reader,
                        units,
                        query(
                                row -> ((String) row.get("Id")).endsWith("999"),
                                List.of(),
                                null,
                                null,
                                50),
                        pageSizes);

        assertThat(matches)
                .extracting(r -> r.get("Id"))
                .containsExactly(
                        "U00999", "U01999", "U02999", "U03999", "U04999", "U05999", "U06999",
                        "U07999", "U08999", "U09999");
        assertThat(pageSizes).hasSizeGreaterThanOrEqualTo(10).allMatch(size -> size <= 1);
    }

    @Test
    void anyOtherOrderKeepsOnlyAPageAndResumesAfterTheLastEntityServed() {
        Units units = new Units(10_000);
        FeedReader reader = new FeedReader(1_000, 100_000, 5_000);
        List<Integer> pageSizes = new ArrayList<>();

        List<FeedRow> cheapest =
                readAll(
                        reader,
                        units,
                        query(
                                row ->
                                        ((BigDecimal) row.get("Rent"))
                                                        .compareTo(new BigDecimal("30"))
                                                <= 0,
                                List.of(new FeedQuery.Order("Rent", false)),
                                2,
                                25,
                                10),
                        pageSizes);

        assertThat(cheapest)
                .extracting(r -> r.get("Rent").toString())
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(3, 27).mapToObj(i -> i + ".00").toList());
        assertThat(pageSizes).containsExactly(10, 10, 5);
    }

    @Test
    void descendingOrderWithTiesFallsBackOnTheKey() {
        Units units = new Units(30);
        FeedReader reader = new FeedReader(1_000, 100_000, 5_000);
        List<Integer> pageSizes = new ArrayList<>();

        List<FeedRow> all =
                readAll(
                        reader,
                        units,
                        query(
                                FeedQuery.ALL,
                                List.of(new FeedQuery.Order("Id", true)),
                                null,
                                null,
                                7),
                        pageSizes);

        assertThat(all).hasSize(30);
        assertThat(all.get(0).get("Id")).isEqualTo("U00029");
        assertThat(all.get(29).get("Id")).isEqualTo("U00000");
    }

    @Test
    void aSortOverMoreEntitiesThanOnePassMayReadIsRefusedWithTheReason() {
        Units units = new Units(10_000);
        FeedReader reader = new FeedReader(1_000, 5_000, 5_000);

        assertThatThrownBy(
                        () ->
                                reader.page(
                                        units,
                                        units.rows(null),
                                        query(
                                                FeedQuery.ALL,
                                                List.of(new FeedQuery.Order("Rent", false)),
                                                null,
                                                null,
                                                10),
                                        null,
                                        null))
                .isInstanceOf(BadFeedQueryException.class)
                .hasMessageContaining("more than 5000")
                .hasMessageContaining("Units");
        assertThatThrownBy(
                        () ->
                                reader.page(
                                        units,
                                        units.rows(null),
                                        query(
                                                FeedQuery.ALL,
                                                List.of(new FeedQuery.Order("Rent", false)),
                                                6_000,
                                                null,
                                                10),
                                        null,
                                        null))
                .isInstanceOf(BadFeedQueryException.class)
                .hasMessageContaining("$skip");
    }

    @Test
    void topCountsAcrossPages() {
        Units units = new Units(100);
        FeedReader reader = new FeedReader(1_000, 100_000, 5_000);
        List<Integer> pageSizes = new ArrayList<>();

        List<FeedRow> rows =
                readAll(reader, units, query(FeedQuery.ALL, List.of(), 5, 23, 10), pageSizes);

        assertThat(rows).extracting(r -> r.get("Id")).first().isEqualTo("U00005");
        assertThat(rows).hasSize(23);
        assertThat(pageSizes).containsExactly(10, 10, 3);
    }

    @Test
    void aTokenThatWasNotGivenOutIsABadRequest() {
        assertThatThrownBy(() -> SkipToken.decode("bm90IGpzb24"))
                .isInstanceOf(BadFeedQueryException.class)
                .hasMessageContaining("$skiptoken");
        assertThat(
                        Stream.of(new SkipToken(3, 0, null, List.of(new BigDecimal("1.50"), "U1")))
                                .map(t -> SkipToken.decode(t.encode()).after())
                                .findFirst()
                                .orElseThrow())
                .containsExactly(new BigDecimal("1.50"), "U1");
    }
}
