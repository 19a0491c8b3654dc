package be.thorpark.ledger.eventstore.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The ledger's Ed25519 key that signs history digests. It lives outside the database (a file or the
 * environment), so whoever can rewrite the database cannot also re-sign a rewritten history.
 */
public final class SigningKey {

    private static final String ALGORITHM = "Ed25519";
    private static final String PRIVATE_PEM = "PRIVATE KEY";
    private static final String PUBLIC_PEM = "PUBLIC KEY";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** A key from a PKCS#8 PEM or base64 text, such as the content of an environment variable. */
    public static SigningKey fromPrivateKeyText(String text) {
        try {
            byte[] der = decodePem(text, PRIVATE_PEM);
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(der));
            return new SigningKey(privateKey, publicKeyOf(privateKey, der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The signing key is not an Ed25519 private key in PKCS#8 form", e);
        }
    }

    /**
     * Loads the key from {@code file}, creating it (readable by the owner only) when it does not
     * exist yet.
     */
    public static SigningKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return fromPrivateKeyText(Files.readString(file, StandardCharsets.US_ASCII));
            }
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Files.createDirectories(file.toAbsolutePath().getParent());
            String pem = pem(PRIVATE_PEM, pair.getPrivate().getEncoded());
            Files.writeString(file, pem, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the folder's own protection applies
            }
            return new SigningKey(pair.getPrivate(), pair.getPublic());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no Ed25519", e);
        }
    }

    public byte[] sign(String text) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing failed", e);
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String publicKeyPem() {
        return pem(PUBLIC_PEM, publicKey.getEncoded());
    }

    /** A short, stable name of the public key: the first 16 hex digits of its SHA-256. */
    public String keyId() {
        return keyId(publicKey);
    }

    static String keyId(PublicKey key) {
        try {
            byte[] digest =
                    java.security.MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PublicKey publicKeyFromText(String text) {
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(decodePem(text, PUBLIC_PEM)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key in X.509 PEM form", e);
        }
    }

    public static boolean verify(PublicKey key, String text, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * A PKCS#8 Ed25519 key carries only its 32-byte seed; the JDK's generator, fed that seed,
     * recomputes the same pair and so the public key.
     */
    private static PublicKey publicKeyOf(PrivateKey privateKey, byte[] pkcs8)
            throws GeneralSecurityException {
        byte[] seed = java.util.Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length);
        KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
        generator.initialize(255, new FixedSeed(seed));
        KeyPair pair = generator.generateKeyPair();
        if (!java.util.Arrays.equals(pair.getPrivate().getEncoded(), privateKey.getEncoded())) {
            throw new GeneralSecurityException(
                    "Could not derive the public key of the signing key");
        }
        return pair.getPublic();
    }

    private static byte[] decodePem(String text, String label) {
        String body =
                text.replace("-----BEGIN " + label + "-----", "")
                        .replace("-----END " + label + "-----", "")
                        .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN "
                + label
                + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END "
                + label
                + "-----\n";
    }

    /** A random source that yields the key's seed, so the JDK recomputes exactly that key pair. */
    private static final class FixedSeed extends java.security.SecureRandom {
        private final byte[] seed;

        FixedSeed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }
}
