package be.thorpark.ledger.command.http;

/**
 * The first answer given to a request carrying an {@code Idempotency-Key}, kept so that a repeat gets it again.
 */
record IdempotencyRecord(String requestHash, boolean completed, int status, String location, CommandResult result) {
}
