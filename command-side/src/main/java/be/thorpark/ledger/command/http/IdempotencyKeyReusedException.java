package be.thorpark.ledger.command.http;

/** The same idempotency key came with a different request: 422, and nothing runs. */
class IdempotencyKeyReusedException extends RuntimeException {
    IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different request; use a new key for a new request");
    }
}
