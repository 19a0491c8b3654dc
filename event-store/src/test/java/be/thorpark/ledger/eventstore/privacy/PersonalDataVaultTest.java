package be.thorpark.ledger.eventstore.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.thorpark.ledger.events.SealedText;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonalDataVaultTest {

    private static MongoServer server;
    private static MongoClient client;

    private MongoDatabase database;
    private PersonalDataVault vault;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void freshDatabase() {
        database = client.getDatabase("vault_" + UUID.randomUUID().toString().replace("-", ""));
        vault = new PersonalDataVault(database);
    }

    @Test
    void sealedTextOpensToTheOriginal() {
        SealedText sealed = vault.seal("person-1", "Marie Dubois <marie@example.org>");

        assertThat(sealed.subjectId()).isEqualTo("person-1");
        assertThat(vault.open(sealed)).contains("Marie Dubois <marie@example.org>");
    }

    @Test
    void theCiphertextDoesNotContainThePlaintext() {
        String plaintext = "marie@example.org";
        SealedText sealed = vault.seal("person-1", plaintext);

        byte[] raw = Base64.getDecoder().decode(sealed.ciphertext());
        assertThat(sealed.ciphertext()).doesNotContain(plaintext);
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain(plaintext);
        assertThat(raw).hasSize(12 + plaintext.length() + 16);
    }

    @Test
    void sealingTheSameTextTwiceGivesDifferentCiphertexts() {
        assertThat(vault.seal("person-1", "same").ciphertext())
                .isNotEqualTo(vault.seal("person-1", "same").ciphertext());
    }

    @Test
    void aSecondVaultOnTheSameDatabaseOpensWithTheStoredKey() {
        SealedText sealed = vault.seal("person-1", "Marie");

        assertThat(new PersonalDataVault(database).open(sealed)).contains("Marie");
        assertThat(database.getCollection(PersonalDataVault.COLLECTION).countDocuments())
                .isEqualTo(1);
    }

    @Test
    void textMovedToAnotherPersonDoesNotOpen() {
        SealedText sealed = vault.seal("person-1", "Marie");
        vault.seal("person-2", "Jan");

        assertThatThrownBy(() -> vault.open(new SealedText("person-2", sealed.ciphertext())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("altered or sealed for another person");
    }

    @Test
    void aForgottenPersonsTextNoLongerOpensAndNothingNewIsSealed() {
        SealedText sealed = vault.seal("person-1", "Marie");

        assertThat(vault.forget("person-1")).isTrue();

        assertThat(vault.open(sealed)).isEmpty();
        assertThat(vault.isErased("person-1")).isTrue();
        assertThatThrownBy(() -> vault.seal("person-1", "Marie again"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("forgotten");
    }

    @Test
    void forgettingKeepsATombstoneWithoutTheKey() {
        vault.seal("person-1", "Marie");
        vault.forget("person-1");

        Document tombstone =
                database.getCollection(PersonalDataVault.COLLECTION)
                        .find(Filters.eq("_id", "person-1"))
                        .first();
        assertThat(tombstone).isNotNull();
        assertThat(tombstone).doesNotContainKey("key");
        assertThat(tombstone).containsKeys("createdAt", "erasedAt");
    }

    @Test
    void forgettingTwiceReportsThatNothingWasLeftToForget() {
        vault.seal("person-1", "Marie");

        assertThat(vault.forget("person-1")).isTrue();
        assertThat(vault.forget("person-1")).isFalse();
        assertThat(vault.isErased("person-1")).isTrue();
    }

    @Test
    void forgettingSomeoneNeverSeenPreventsSealingForThemLater() {
        assertThat(vault.forget("person-9")).isTrue();

        assertThatThrownBy(() -> vault.seal("person-9", "Piet"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(vault.isErased("person-9")).isTrue();
    }

    @Test
    void aPersonNotForgottenIsNotErased() {
        vault.seal("person-1", "Marie");

        assertThat(vault.isErased("person-1")).isFalse();
        assertThat(vault.isErased("person-2")).isFalse();
    }

    @Test
    void aForgetThroughAnotherVaultIsHonouredOnceTheCachedKeyExpires() {
        PersonalDataVault uncached =
                new PersonalDataVault(database, Duration.ZERO, Clock.systemUTC());
        SealedText sealed = uncached.seal("person-1", "Marie");
        assertThat(uncached.open(sealed)).contains("Marie");

        vault.forget("person-1");

        assertThat(uncached.open(sealed)).isEmpty();
    }
}
