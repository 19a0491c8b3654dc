package be.thorpark.ledger.web.security;

import java.util.Locale;
import java.util.Optional;

/** The roles of the ledger's users; a user may hold several. */
public enum LedgerRole {
    /** Records what happens on the campus: every writing request. */
    OPERATIONS,
    /** Reads current views and reports. */
    REPORTING,
    /** Reads everything, including the raw event history, past states and integrity evidence. */
    AUDITOR,
    /** Runs the ledger: replays, configuration, erasing personal data, actuator endpoints. */
    ADMIN;

    private static final String PREFIX = "ROLE_";

    /** The Spring Security authority: {@code ROLE_OPERATIONS}. */
    public String authority() {
        return PREFIX + name();
    }

    /**
     * Reads a role name as users and tokens spell it: {@code operations}, {@code OPERATIONS},
     * {@code ROLE_OPERATIONS}.
     */
    public static Optional<LedgerRole> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.trim().toUpperCase(Locale.ROOT);
        if (name.startsWith(PREFIX)) {
            name = name.substring(PREFIX.length());
        }
        for (LedgerRole role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
