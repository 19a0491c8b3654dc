package be.thorpark.ledger.web.http;

/** The HTTP headers and parameters whose meaning the ledger defines, the same on every side. */
public final class LedgerHeaders {

    /**
     * The global position of the history an answer reflects: the last event appended, or the view's
     * position.
     */
    public static final String EVENT_POSITION = "Event-Position";

    /** A client's key that makes a repeated command return the first answer and append nothing. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /**
     * Ties the log lines of a request and the events it appends together; generated when absent.
     */
    public static final String CORRELATION_ID = "X-Correlation-Id";

    /**
     * A query parameter: wait until the view reflects at least this position (read-your-writes).
     */
    public static final String MIN_POSITION = "minPosition";

    private LedgerHeaders() {}
}
