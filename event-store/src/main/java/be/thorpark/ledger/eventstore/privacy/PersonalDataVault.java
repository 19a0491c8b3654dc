package be.thorpark.ledger.eventstore.privacy;

import be.thorpark.ledger.events.SealedText;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;

/**
 * Crypto-shredding for personal data in an append-only ledger: every person gets one random AES-256
 * key, personal data goes into events only sealed with that key, and forgetting a person erases the
 * key. The events stay as they are (the hash chain keeps verifying), but what they hold about the
 * person can never be read again.
 *
 * <p>Keys live in the collection {@value #COLLECTION}, one document per person: {@code _id} the
 * person id, {@code key} (base64), {@code createdAt}; forgetting removes {@code key} and sets
 * {@code erasedAt}. The document stays as a tombstone, so a replay that seals again for an erased
 * person is refused instead of quietly creating a new key.
 *
 * <p>Keys are cached in memory for {@link #DEFAULT_CACHE_TIME}: long enough to spare a database
 * round trip per event in a replay, short enough that a person forgotten through another process is
 * unreadable here soon after.
 */
public class PersonalDataVault {

    public static final String COLLECTION = "personal_data_keys";
    public static final Duration DEFAULT_CACHE_TIME = Duration.ofMinutes(1);

    private static final String KEY = "key";
    private static final String CREATED_AT = "createdAt";
    private static final String ERASED_AT = "erasedAt";
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final MongoCollection<Document> keys;
    private final Duration cacheTime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, CachedKey> cache = new ConcurrentHashMap<>();

    public PersonalDataVault(MongoDatabase database) {
        this(database, DEFAULT_CACHE_TIME, Clock.systemUTC());
    }

    public PersonalDataVault(MongoDatabase database, Duration cacheTime, Clock clock) {
        this.keys = Objects.requireNonNull(database, "database").getCollection(COLLECTION);
        this.cacheTime = Objects.requireNonNull(cacheTime, "cacheTime");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Encrypts personal data of one person with that person's key, creating the key on first use.
     *
     * @throws IllegalStateException when the person has been forgotten: nothing new may be stored
     *     about them
     */
    public SealedText seal(String personId, String plaintext) {
        requireId(personId);
        Objects.requireNonNull(plaintext, "plaintext");
        SecretKey key =
                keyOf(personId, true)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "Person "
                                                        + personId
                                                        + " has been forgotten; no personal data"
                                                        + " can be sealed for them"));
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed =
                crypt(
                        Cipher.ENCRYPT_MODE,
                        key,
                        iv,
                        personId,
                        plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        return new SealedText(personId, Base64.getEncoder().encodeToString(out));
    }

    /**
     * Decrypts personal data, or nothing when its person has been forgotten.
     *
     * @throws IllegalStateException when no key was ever made for the person, or the text was
     *     altered or sealed for someone else
     */
    public Optional<String> open(SealedText sealed) {
        Objects.requireNonNull(sealed, "sealed");
        byte[] data;
        try {
            data = Base64.getDecoder().decode(sealed.ciphertext());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The sealed text of " + sealed.subjectId() + " is not valid base64");
        }
        if (data.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException(
                    "The sealed text of " + sealed.subjectId() + " is too short");
        }
        Optional<SecretKey> key = keyOf(sealed.subjectId(), false);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        byte[] iv = Arrays.copyOfRange(data, 0, IV_BYTES);
        byte[] body = Arrays.copyOfRange(data, IV_BYTES, data.length);
        byte[] plain = crypt(Cipher.DECRYPT_MODE, key.get(), iv, sealed.subjectId(), body);
        return Optional.of(new String(plain, StandardCharsets.UTF_8));
    }

    /**
     * Erases the key of a person, also of one never seen before (so that nothing can be sealed for
     * them later).
     *
     * @return whether this call forgot the person; false when they had been forgotten already
     */
    public boolean forget(String personId) {
        requireId(personId);
        // $min keeps the first erasure time when the person was forgotten before.
        Document before =
                keys.findOneAndUpdate(
                        Filters.eq("_id", personId),
                        Updates.combine(
                                Updates.unset(KEY),
                                Updates.min(ERASED_AT, Date.from(clock.instant()))),
                        new FindOneAndUpdateOptions()
                                .upsert(true)
                                .returnDocument(ReturnDocument.BEFORE));
        cache.remove(personId);
        return before == null || !before.containsKey(ERASED_AT);
    }

    /** Whether the person has been forgotten. */
    public boolean isErased(String personId) {
        requireId(personId);
        Document doc = keys.find(Filters.eq("_id", personId)).first();
        return doc != null && doc.containsKey(ERASED_AT);
    }

    private Optional<SecretKey> keyOf(String personId, boolean create) {
        Instant now = clock.instant();
        CachedKey cached = cache.get(personId);
        if (cached != null && now.isBefore(cached.loadedAt().plus(cacheTime))) {
            return Optional.of(cached.key());
        }
        Document doc = keys.find(Filters.eq("_id", personId)).first();
        if (doc == null) {
            if (!create) {
                throw new IllegalStateException("No key was ever made for person " + personId);
            }
            doc = createKey(personId, now);
        }
        if (doc.containsKey(ERASED_AT) || doc.getString(KEY) == null) {
            cache.remove(personId);
            return Optional.empty();
        }
        SecretKey key = new SecretKeySpec(Base64.getDecoder().decode(doc.getString(KEY)), "AES");
        cache.put(personId, new CachedKey(key, now));
        return Optional.of(key);
    }

    /** Inserts a key unless one (or a tombstone) exists, then reads back whichever won. */
    private Document createKey(String personId, Instant now) {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        try {
            keys.updateOne(
                    Filters.eq("_id", personId),
                    Updates.combine(
                            Updates.setOnInsert(KEY, Base64.getEncoder().encodeToString(bytes)),
                            Updates.setOnInsert(CREATED_AT, Date.from(now))),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // Two concurrent upserts of the same _id: one inserts, the other may fail; the stored
            // key is the one.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document doc = keys.find(Filters.eq("_id", personId)).first();
        if (doc == null) {
            throw new IllegalStateException(
                    "The key of person " + personId + " could not be stored");
        }
        return doc;
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] iv, String personId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            // The person id as associated data binds the text to its person: moved to another
            // person it fails.
            cipher.updateAAD(personId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException(
                    "The sealed text of " + personId + " was altered or sealed for another person");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    private static void requireId(String personId) {
        if (personId == null || personId.isBlank()) {
            throw new IllegalArgumentException("personId must not be blank");
        }
    }

    private record CachedKey(SecretKey key, Instant loadedAt) {}
}
