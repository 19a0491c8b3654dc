package be.thorpark.ledger.command.http;

/** {@code If-Match} cannot hold: 412, and the command is not run. */
class PreconditionFailedException extends RuntimeException {

    PreconditionFailedException(String message) {
        super(message);
    }
}
