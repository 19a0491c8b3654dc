package be.thorpark.ledger.web.security;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users defined by {@code campus.users} ({@code CAMPUS_USERS}): comma-separated {@code
 * user:password:ROLE[+ROLE]} entries, the password either plain (hashed with BCrypt at start) or a
 * BCrypt hash as {@code {bcrypt}$2a$...}. A password may contain colons (user name and roles are
 * taken from the ends) but no comma. Errors name the entry and the user, never the password.
 */
final class LocalUsers {

    static final String GENERATED_ADMIN = "admin";
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern BCRYPT =
            Pattern.compile("\\{bcrypt}\\$2[abxy]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    private static final String ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_PASSWORD_LENGTH = 24;

    private LocalUsers() {}

    static List<UserDetails> parse(String spec, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        Set<String> names = new HashSet<>();
        if (spec == null || spec.isBlank()) {
            return users;
        }
        String[] entries = spec.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            if (entry.isEmpty()) {
                continue;
            }
            int number = i + 1;
            int first = entry.indexOf(':');
            int last = entry.lastIndexOf(':');
            if (first <= 0 || last == first) {
                throw invalid(number, null, "it must have the form user:password:ROLE[+ROLE...]");
            }
            String name = entry.substring(0, first).trim();
            String password = entry.substring(first + 1, last);
            String roleText = entry.substring(last + 1).trim();
            if (!USER_NAME.matcher(name).matches()) {
                throw invalid(
                        number, null, "the user name may hold only letters, digits and . _ @ -");
            }
            if (!names.add(name)) {
                throw invalid(number, name, "the user is defined twice");
            }
            if (password.isEmpty()) {
                throw invalid(number, name, "the password is empty");
            }
            if (password.startsWith("{") && !BCRYPT.matcher(password).matches()) {
                throw invalid(
                        number,
                        name,
                        "a password starting with '{' must be a complete {bcrypt}$2a$... hash");
            }
            Set<LedgerRole> roles = roles(number, name, roleText);
            String stored = password.startsWith("{bcrypt}") ? password : encoder.encode(password);
            users.add(
                    User.withUsername(name)
                            .password(stored)
                            .authorities(
                                    roles.stream()
                                            .map(LedgerRole::authority)
                                            .toArray(String[]::new))
                            .build());
        }
        return users;
    }

    /** A user {@code admin} with a random password, shown once on the console and never logged. */
    static UserDetails generatedAdmin(PasswordEncoder encoder, PrintStream console) {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(GENERATED_PASSWORD_LENGTH);
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        console.println(
                "Campus Ledger: no users configured (CAMPUS_USERS); this run has user '"
                        + GENERATED_ADMIN
                        + "' with role ADMIN and password "
                        + password);
        console.flush();
        return User.withUsername(GENERATED_ADMIN)
                .password(encoder.encode(password))
                .authorities(LedgerRole.ADMIN.authority())
                .build();
    }

    private static Set<LedgerRole> roles(int number, String name, String text) {
        if (text.isEmpty()) {
            throw invalid(number, name, "it names no role");
        }
        Set<LedgerRole> roles = EnumSet.noneOf(LedgerRole.class);
        for (String part : text.split("\\+")) {
            // The unknown text is not echoed: with a mistyped separator it could be part of the
            // password.
            roles.add(
                    LedgerRole.parse(part)
                            .orElseThrow(
                                    () ->
                                            invalid(
                                                    number,
                                                    name,
                                                    "it names a role that does not exist; roles are"
                                                            + " "
                                                            + Arrays.stream(LedgerRole.values())
                                                                    .map(Enum::name)
                                                                    .collect(
                                                                            Collectors.joining(
                                                                                    ", "))
                                                            + ", joined with +")));
        }
        return roles;
    }

    private static IllegalStateException invalid(int number, String name, String reason) {
        return new IllegalStateException(
                "CAMPUS_USERS entry "
                        + number
                        + (name == null ? "" : " (user '" + name + "')")
                        + " is invalid: "
                        + reason);
    }
}
