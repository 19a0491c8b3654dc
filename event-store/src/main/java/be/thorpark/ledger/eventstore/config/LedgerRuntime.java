package be.thorpark.ledger.eventstore.config;

/** Process-wide settings every ledger main applies before Spring starts. */
public final class LedgerRuntime {

    private LedgerRuntime() {}

    /**
     * The ledger runs without Axon Server and often without internet access: Axon's update check
     * and console banner would only produce failed look-ups and noise.
     */
    public static void prepare() {
        setIfAbsent("axoniq.update-checker.disabled", "true");
        setIfAbsent("disable-axoniq-console-message", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
