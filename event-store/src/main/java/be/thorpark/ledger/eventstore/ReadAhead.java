package be.thorpark.ledger.eventstore;

import java.lang.ref.Cleaner;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Reads pages of the history on a thread of its own, a few pages ahead of whoever consumes them, so
 * that fetching and decoding the next page overlaps with the work done on this one (hashing,
 * deserialising, projecting).
 *
 * <p>The page source is called on the reading thread only and signals the end with an empty page. A
 * reader that is closed, or whose iterator is no longer reachable, stops at its next page.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    private static final Cleaner CLEANER = Cleaner.create();

    private final Shared<T> shared;
    private final Cleaner.Cleanable cleanable;
    private Iterator<T> page = List.<T>of().iterator();
    private boolean ended;

    ReadAhead(String threadName, int pagesAhead, Supplier<List<T>> pages) {
        Shared<T> state = new Shared<>(pagesAhead);
        this.shared = state;
        this.cleanable = CLEANER.register(this, state::stop);
        Thread thread = new Thread(() -> state.fill(pages), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public boolean hasNext() {
        while (!page.hasNext()) {
            if (ended) {
                return false;
            }
            List<T> next = shared.take();
            if (next.isEmpty()) {
                ended = true;
                cleanable.clean();
                return false;
            }
            page = next.iterator();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.next();
    }

    @Override
    public void close() {
        ended = true;
        cleanable.clean();
    }

    /**
     * What the reading thread and the consumer share; it never refers to the iterator, so that can
     * be collected.
     */
    private static final class Shared<T> {
        private final BlockingQueue<Object> pages;
        private volatile boolean stopped;

        Shared(int pagesAhead) {
            this.pages = new ArrayBlockingQueue<>(Math.max(1, pagesAhead));
        }

        void fill(Supplier<List<T>> source) {
            try {
                while (!stopped) {
                    List<T> page;
                    try {
                        page = source.get();
                    } catch (RuntimeException | Error e) {
                        hand(new Failure(e));
                        return;
                    }
                    hand(page);
                    if (page.isEmpty()) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void hand(Object item) throws InterruptedException {
            while (!stopped && !pages.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the consumer is slower than the reader: wait for room, or for a stop
            }
        }

        @SuppressWarnings("unchecked")
        List<T> take() {
            try {
                Object item = pages.take();
                if (item instanceof Failure failure) {
                    stopped = true;
                    if (failure.cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw (Error) failure.cause;
                }
                return (List<T>) item;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IllegalStateException("Interrupted while reading the history", e);
            }
        }

        /**
         * The reader notices within one page; it is not interrupted, which would close its
         * connection.
         */
        void stop() {
            stopped = true;
            pages.clear();
        }
    }

    private record Failure(Throwable cause) {}
}
