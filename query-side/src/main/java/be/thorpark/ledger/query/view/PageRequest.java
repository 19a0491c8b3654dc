package be.thorpark.ledger.query.view;

import java.util.List;

/**
 * A 0-based page of a list sorted by id: {@code ?page=} (default 0) and {@code ?size=} (default 50,
 * at most 1000).
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new BadViewRequestException("page", "page must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new BadViewRequestException("size", "size must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    public int skip() {
        long skip = (long) page * size;
        return skip > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) skip;
    }

    /** This page of a list that is already in its stable order. */
    public <T> List<T> slice(List<T> all) {
        int from = Math.min(skip(), all.size());
        int to = Math.min(from + size, all.size());
        return all.subList(from, to);
    }
}
