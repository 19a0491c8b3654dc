package be.thorpark.ledger.query.replay;

/** A rebuild is already running; one runs at a time. */
class RebuildRunningException extends RuntimeException {

    RebuildRunningException(String id) {
        super("Rebuild " + id + " is still running; one rebuild runs at a time.", null, false, false);
    }
}
