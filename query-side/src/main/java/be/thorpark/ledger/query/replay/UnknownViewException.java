package be.thorpark.ledger.query.replay;

import java.util.List;

/** A rebuild asked for a view that does not exist. */
class UnknownViewException extends RuntimeException {

    UnknownViewException(String name, List<String> known) {
        super("There is no view '" + name + "'; the views are " + known + ".", null, false, false);
    }
}
