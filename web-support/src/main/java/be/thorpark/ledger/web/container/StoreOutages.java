package be.thorpark.ledger.web.container;

import org.springframework.util.ClassUtils;

/**
 * Tells a store outage (the database cannot be reached, or a connection to it broke) from other
 * failures, so that it is answered 503 with {@code Retry-After} rather than 500: the request was
 * fine, and the same request will work once the store is back.
 */
public final class StoreOutages {

    public static final String CODE = "STORE_UNAVAILABLE";
    public static final long RETRY_AFTER_SECONDS = 2;
    public static final String DETAIL =
            "The ledger's store cannot be reached for the moment; nothing was changed. "
                    + "Try again later";

    private static final boolean DRIVER =
            ClassUtils.isPresent("com.mongodb.MongoException", StoreOutages.class.getClassLoader());

    private StoreOutages() {}

    public static boolean isOutage(Throwable failure) {
        if (!DRIVER) {
            return false;
        }
        int depth = 0;
        for (Throwable t = failure;
                t != null && depth < 20;
                t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (MongoOutages.matches(t)) {
                return true;
            }
        }
        return false;
    }
}
