package be.thorpark.ledger.query.odata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.Stream;

/**
 * Answers a {@link FeedQuery} over a {@link RowSource} without holding more than a page and a
 * bounded window of entities. The embedded store answers only exact keys from an index, so filters
 * and sorts run here, as the entities stream past in batches:
 *
 * <ul>
 *   <li>In scan order (no {@code $orderby}, or by the key where the scan is in key order), a page
 *       reads entities until it is full or it has read {@code scanWindow} of them; then it ends
 *       early with a next link that continues the scan. A selective filter costs more pages, never
 *       more memory.
 *   <li>In any other order, each page reads the whole set once and keeps only the best {@code
 *       $skip} + page-size entities after the last one served (a bounded heap). A set larger than
 *       {@code maxPass}, or a {@code $skip} + page beyond {@code sortWindow}, is refused with a
 *       message saying so.
 *   <li>{@code $count} with a filter reads the whole set once, counting; refused above {@code
 *       maxPass}.
 * </ul>
 */
final class FeedReader {

    private final int scanWindow;
    private final int maxPass;
    private final int sortWindow;

    FeedReader(int scanWindow, int maxPass, int sortWindow) {
        this.scanWindow = scanWindow;
        this.maxPass = maxPass;
        this.sortWindow = sortWindow;
    }

    FeedPage page(FeedSet set, RowSource source, FeedQuery query, SkipToken token, Long knownSize) {
        long served = token == null ? 0 : token.served();
        long skipLeft =
                token == null ? (query.skip() == null ? 0 : query.skip()) : token.skipLeft();
        long want =
                query.top() == null
                        ? query.pageSize()
                        : Math.min(query.pageSize(), query.top() - served);
        Long count = query.count() ? count(set, source, query, knownSize) : null;
        if (want <= 0) {
            return new FeedPage(List.of(), count, null);
        }
        if (inScanOrder(set, query)) {
            return scanOrder(source, query, token, served, skipLeft, (int) want, count);
        }
        return sorted(set, source, query, token, served, skipLeft, (int) want, count);
    }

    static boolean inScanOrder(FeedSet set, FeedQuery query) {
        if (query.orders().isEmpty()) {
            return true;
        }
        return set.scansInKeyOrder()
                && query.orders().size() == 1
                && query.orders().get(0).property().equals(set.key())
                && !query.orders().get(0).descending();
    }

    private FeedPage scanOrder(
            RowSource source,
            FeedQuery query,
            SkipToken token,
            long served,
            long skipLeft,
            int want,
            Long count) {
        List<FeedRow> rows = new ArrayList<>();
        String last = token == null ? null : token.cursor();
        try (Stream<FeedRow> stream = source.open(last)) {
            Iterator<FeedRow> iterator = stream.iterator();
            int scanned = 0;
            while (rows.size() < want && scanned < scanWindow && iterator.hasNext()) {
                FeedRow row = iterator.next();
                scanned++;
                last = row.cursor();
                if (query.filter().test(row)) {
                    if (skipLeft > 0) {
                        skipLeft--;
                    } else {
                        rows.add(row);
                    }
                }
            }
            boolean more =
                    iterator.hasNext()
                            && (query.top() == null || served + rows.size() < query.top());
            return new FeedPage(
                    rows,
                    count,
                    more ? new SkipToken(served + rows.size(), skipLeft, last, null) : null);
        }
    }

    private record Candidate(FeedRow row, List<Object> key) {}

    private FeedPage sorted(
            FeedSet set,
            RowSource source,
            FeedQuery query,
            SkipToken token,
            long served,
            long skipLeft,
            int want,
            Long count) {
        if (skipLeft + want > sortWindow) {
            throw new BadFeedQueryException(
                    "$skip with $orderby reaches past "
                            + sortWindow
                            + " entities; follow the "
                            + "@odata.nextLink pages instead, or order by "
                            + set.key());
        }
        int need = (int) (skipLeft + want);
        Comparator<List<Object>> order = order(query.orders());
        List<Object> after = token == null ? null : token.after();
        PriorityQueue<Candidate> best =
                new PriorityQueue<>(Comparator.comparing(Candidate::key, order).reversed());
        long candidates = 0;
        try (Stream<FeedRow> stream = source.open(null)) {
            Iterator<FeedRow> iterator = stream.iterator();
            long scanned = 0;
            while (iterator.hasNext()) {
                FeedRow row = iterator.next();
                if (++scanned > maxPass) {
                    throw tooLarge(set, "$orderby on " + query.orders().get(0).property());
                }
                if (!query.filter().test(row)) {
                    continue;
                }
                List<Object> key = sortKey(row, query.orders(), set.key());
                if (after != null && order.compare(key, after) <= 0) {
                    continue;
                }
                candidates++;
                best.add(new Candidate(row, key));
                if (best.size() > need) {
                    best.poll();
                }
            }
        }
        List<Candidate> inOrder = new ArrayList<>(best);
        inOrder.sort(Comparator.comparing(Candidate::key, order));
        List<Candidate> page =
                inOrder.subList((int) Math.min(skipLeft, inOrder.size()), inOrder.size());
        List<FeedRow> rows = page.stream().map(Candidate::row).toList();
        boolean more =
                candidates > need
                        && !rows.isEmpty()
                        && (query.top() == null || served + rows.size() < query.top());
        return new FeedPage(
                rows,
                count,
                more
                        ? new SkipToken(
                                served + rows.size(), 0, null, page.get(page.size() - 1).key())
                        : null);
    }

    private Long count(FeedSet set, RowSource source, FeedQuery query, Long knownSize) {
        if (knownSize != null && query.filter() == FeedQuery.ALL) {
            return knownSize;
        }
        long counted = 0;
        long scanned = 0;
        try (Stream<FeedRow> stream = source.open(null)) {
            Iterator<FeedRow> iterator = stream.iterator();
            while (iterator.hasNext()) {
                FeedRow row = iterator.next();
                if (++scanned > maxPass) {
                    throw tooLarge(set, "$count");
                }
                if (query.filter().test(row)) {
                    counted++;
                }
            }
        }
        return counted;
    }

    private BadFeedQueryException tooLarge(FeedSet set, String what) {
        return new BadFeedQueryException(
                what
                        + " on "
                        + set.name()
                        + " would read more than "
                        + maxPass
                        + " entities in one request; narrow it with asOfPosition or order by "
                        + set.key());
    }

    /**
     * The values an entity is ordered by, then its key, so that the order is total and a page can
     * resume.
     */
    static List<Object> sortKey(FeedRow row, List<FeedQuery.Order> orders, String key) {
        List<Object> values = new ArrayList<>(orders.size() + 1);
        for (FeedQuery.Order order : orders) {
            values.add(Comparison.normalize(row.get(order.property())));
        }
        values.add(Comparison.normalize(row.get(key)));
        return values;
    }

    static Comparator<List<Object>> order(List<FeedQuery.Order> orders) {
        return (a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int c = Comparison.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return i < orders.size() && orders.get(i).descending() ? -c : c;
                }
            }
            return 0;
        };
    }
}
