package be.thorpark.ledger.query.view;

/** A view did not reach the requested position within the read-your-writes timeout. */
public class ViewBehindException extends RuntimeException {

    private final long requested;
    private final long reached;

    public ViewBehindException(String view, long requested, long reached) {
        super("The " + view + " view has reached position " + reached + ", not yet " + requested + "; retry shortly");
        this.requested = requested;
        this.reached = reached;
    }

    public long requested() {
        return requested;
    }

    public long reached() {
        return reached;
    }
}
