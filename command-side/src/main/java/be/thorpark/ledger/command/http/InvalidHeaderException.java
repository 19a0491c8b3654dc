package be.thorpark.ledger.command.http;

/** A request header that cannot be understood: 400 naming the header. */
class InvalidHeaderException extends RuntimeException {

    private final String header;

    InvalidHeaderException(String header, String message) {
        super(message);
        this.header = header;
    }

    String header() {
        return header;
    }
}
