package be.thorpark.ledger.query.view;

import java.util.List;

/**
 * One page of a list view.
 *
 * @param total the number of items over all pages
 * @param position the event position the view reflected when read
 */
public record ViewPage<T>(List<T> items, int page, int size, long total, long position) {

    public static <T> ViewPage<T> of(List<T> all, PageRequest request, long position) {
        return new ViewPage<>(
                request.slice(all), request.page(), request.size(), all.size(), position);
    }
}
