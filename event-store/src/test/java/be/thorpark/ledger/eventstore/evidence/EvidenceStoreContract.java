package be.thorpark.ledger.eventstore.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.thorpark.ledger.eventstore.evidence.EvidenceStore.EvidenceFile;
import be.thorpark.ledger.eventstore.evidence.EvidenceStore.Stored;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every evidence layout promises: addressed by SHA-256, never replaced, bytes checked on every
 * read.
 */
abstract class EvidenceStoreContract {

    private static final Instant AT = Instant.parse("2023-01-20T09:15:00Z");

    protected MongoDatabase database;
    protected EvidenceStore store;

    protected abstract MongoDatabase freshDatabase();

    protected abstract EvidenceStore storeOn(MongoDatabase database);

    /** Changes one stored byte of the file behind the layout's back. */
    protected abstract void damage(MongoDatabase database, String sha256);

    @BeforeEach
    void freshStore() {
        database = freshDatabase();
        store = storeOn(database);
    }

    @Test
    void aDocumentIsStoredUnderItsSha256AndReadBackByteForByte() {
        byte[] bytes = bytes(3 * EvidenceStore.CHUNK_BYTES + 17, 1);

        Stored stored =
                store.store(
                        bytes, "invoice-2022-0147.pdf", "application/pdf", "INVOICE", "ops", AT);

        assertThat(stored.created()).isTrue();
        assertThat(stored.file())
                .isEqualTo(
                        new EvidenceFile(
                                EvidenceStore.sha256(bytes),
                                "invoice-2022-0147.pdf",
                                "application/pdf",
                                bytes.length,
                                "INVOICE",
                                "ops",
                                AT,
                                4));
        assertThat(store.find(stored.file().sha256())).contains(stored.file());
        assertThat(store.read(stored.file().sha256()))
                .hasValueSatisfying(read -> assertThat(read).isEqualTo(bytes));
    }

    @Test
    void theSameBytesUploadedAgainAreAnsweredWithTheStoredFileAndNeverReplaced() {
        byte[] bytes = bytes(1000, 2);
        Stored first = store.store(bytes, "proof.png", "image/png", "PROOF_OF_PAYMENT", "ops", AT);

        Stored again =
                store.store(
                        bytes,
                        "other-name.png",
                        "image/png",
                        "OTHER",
                        "someone-else",
                        AT.plusSeconds(60));

        assertThat(again.created()).isFalse();
        assertThat(again.file()).isEqualTo(first.file());
        assertThat(store.find(first.file().sha256())).contains(first.file());
        assertThat(store.read(first.file().sha256()))
                .hasValueSatisfying(read -> assertThat(read).isEqualTo(bytes));
    }

    @Test
    void findAllAnswersTheStoredOnesAndLeavesOutTheUnknown() {
        Stored a = store.store(bytes(10, 3), "a.pdf", "application/pdf", "INVOICE", "ops", AT);
        Stored b =
                store.store(
                        bytes(EvidenceStore.CHUNK_BYTES, 4),
                        "b.pdf",
                        "application/pdf",
                        "INVOICE",
                        "ops",
                        AT);
        String unknown = EvidenceStore.sha256(bytes(10, 5));

        assertThat(store.findAll(List.of(a.file().sha256(), b.file().sha256(), unknown)))
                .containsOnlyKeys(a.file().sha256(), b.file().sha256())
                .containsEntry(b.file().sha256(), b.file());
        assertThat(b.file().chunks()).isEqualTo(1);
        assertThat(store.find(unknown)).isEmpty();
        assertThat(store.read(unknown)).isEmpty();
    }

    @Test
    void damagedBytesAreNeverServedAsTheEvidence() {
        Stored stored =
                store.store(
                        bytes(2 * EvidenceStore.CHUNK_BYTES, 6),
                        "c.pdf",
                        "application/pdf",
                        "INVOICE",
                        "ops",
                        AT);

        damage(database, stored.file().sha256());

        assertThatThrownBy(() -> store.read(stored.file().sha256()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not match its hash");
    }

    private static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
