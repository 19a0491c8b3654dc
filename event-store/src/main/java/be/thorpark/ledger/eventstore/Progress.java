package be.thorpark.ledger.eventstore;

/**
 * Where long work reports how far it is: the log ({@link ProgressLog}) or a run a client follows
 * ({@link LongRun}).
 */
@FunctionalInterface
public interface Progress {

    /**
     * @param total the end, or 0 when it is not known
     */
    void at(long done, long total);
}
