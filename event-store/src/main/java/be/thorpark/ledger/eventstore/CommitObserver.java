package be.thorpark.ledger.eventstore;

/** Told about every durable write of the commit writer: for metrics, never for decisions. */
@FunctionalInterface
public interface CommitObserver {

    CommitObserver NONE = (commits, events, nanos) -> {};

    /**
     * @param commits the commits stored by one write (a group commit holds several)
     * @param events the events they hold
     * @param nanos how long the write took, retries after a lost race included
     */
    void written(int commits, int events, long nanos);
}
