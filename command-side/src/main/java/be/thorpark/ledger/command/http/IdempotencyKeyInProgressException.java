package be.thorpark.ledger.command.http;

/** The first request with this key is still running: 409, try again shortly. */
class IdempotencyKeyInProgressException extends RuntimeException {
    IdempotencyKeyInProgressException() {
        super("A request with this Idempotency-Key is still being processed; repeat it shortly to get its answer");
    }
}
