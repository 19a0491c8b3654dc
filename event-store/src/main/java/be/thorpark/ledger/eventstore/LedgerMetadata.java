package be.thorpark.ledger.eventstore;

/**
 * The metadata keys every stored event carries, so auditors can tell who did what, why, and as part
 * of which request.
 */
public final class LedgerMetadata {

    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    public static final String REASON = "reason";

    /** The actor recorded when a request carries no authenticated principal. */
    public static final String ANONYMOUS_ACTOR = "anonymous";

    private LedgerMetadata() {}
}
