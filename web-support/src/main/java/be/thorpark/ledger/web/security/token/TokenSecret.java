package be.thorpark.ledger.web.security.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of an API token: {@code clt_} and 256 random bits in base64url. The prefix tells a
 * ledger token from a JWT (which starts with {@code eyJ}) without a look-up, and makes a leaked
 * token easy to recognise in a scanner. Only the SHA-256 of the secret is stored: for a random
 * secret of this length a fast hash is as safe as a slow one, and lets every request find its token
 * by exact key.
 */
final class TokenSecret {

    static final String PREFIX = "clt_";
    private static final int BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile(PREFIX + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {}

    static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Whether a bearer value is meant as a ledger token (then it is never handed to a JWT decoder).
     */
    static boolean looksLikeOne(String bearer) {
        return bearer != null && bearer.startsWith(PREFIX);
    }

    static boolean wellFormed(String bearer) {
        return SHAPE.matcher(bearer).matches();
    }

    static String hash(String secret) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
