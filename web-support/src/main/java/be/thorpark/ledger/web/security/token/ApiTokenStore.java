package be.thorpark.ledger.web.security.token;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * The tokens in MongoDB, shared by every process of the ledger (command and query side alike).
 * Authentication reads by {@code _id} (the hash) and administration by the unique {@code tokenId}:
 * both exact keys, which even the embedded server answers from an index.
 */
final class ApiTokenStore {

    private final MongoCollection<Document> tokens;

    ApiTokenStore(MongoDatabase database, String collection) {
        this.tokens = database.getCollection(collection);
        tokens.createIndex(Indexes.ascending(StoredToken.ID), new IndexOptions().unique(true));
    }

    void insert(StoredToken token) {
        tokens.insertOne(token.toDocument());
    }

    Optional<StoredToken> byHash(String hash) {
        return Optional.ofNullable(tokens.find(Filters.eq("_id", hash)).first())
                .map(StoredToken::fromDocument);
    }

    Optional<StoredToken> byId(String id) {
        return Optional.ofNullable(tokens.find(Filters.eq(StoredToken.ID, id)).first())
                .map(StoredToken::fromDocument);
    }

    /** Every token, newest first; only administrators list them, and there are few. */
    List<StoredToken> all() {
        List<StoredToken> all = new ArrayList<>();
        for (Document doc : tokens.find()) {
            all.add(StoredToken.fromDocument(doc));
        }
        all.sort(
                Comparator.comparing(StoredToken::createdAt)
                        .reversed()
                        .thenComparing(StoredToken::id));
        return all;
    }

    void usedAt(String hash, Instant when) {
        tokens.updateOne(
                Filters.eq("_id", hash), Updates.set(StoredToken.LAST_USED_AT, Date.from(when)));
    }

    /** Revokes the token once; a second revocation keeps the first time and name. */
    Optional<StoredToken> revoke(String id, String by, Instant when) {
        Optional<StoredToken> token = byId(id);
        if (token.isEmpty() || token.get().revoked()) {
            return token;
        }
        Document updated =
                tokens.findOneAndUpdate(
                        Filters.eq("_id", token.get().hash()),
                        Updates.combine(
                                Updates.set(StoredToken.REVOKED_AT, Date.from(when)),
                                Updates.set(StoredToken.REVOKED_BY, by)),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(updated).map(StoredToken::fromDocument);
    }
}
