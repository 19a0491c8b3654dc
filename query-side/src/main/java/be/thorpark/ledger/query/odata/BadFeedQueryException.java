package be.thorpark.ledger.query.odata;

/** A query the feed cannot answer as asked, found while reading; answered 400 with this message. */
final class BadFeedQueryException extends RuntimeException {

    BadFeedQueryException(String message) {
        super(message);
    }
}
