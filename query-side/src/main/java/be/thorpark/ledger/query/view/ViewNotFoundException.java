package be.thorpark.ledger.query.view;

/** The requested entity is not (yet) in the view. */
public class ViewNotFoundException extends RuntimeException {

    public ViewNotFoundException(String what, String id) {
        super("No " + what + " with id " + id);
    }
}
