package be.thorpark.ledger.web.container;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * The MongoDB driver's exceptions that mean "the store is away", kept apart so the driver stays
 * optional.
 */
final class MongoOutages {

    static final Class<?>[] TYPES = {
        MongoTimeoutException.class,
        MongoSocketException.class,
        MongoConnectionPoolClearedException.class,
        MongoServerUnavailableException.class,
        MongoNotPrimaryException.class,
        MongoNodeIsRecoveringException.class
    };

    private MongoOutages() {}

    static boolean matches(Throwable failure) {
        for (Class<?> type : TYPES) {
            if (type.isInstance(failure)) {
                return true;
            }
        }
        return false;
    }
}
