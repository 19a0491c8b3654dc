package be.thorpark.ledger.command.http;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;

/**
 * Idempotency keys in MongoDB, so a repeat is recognised after a restart and by every command-side instance. A key is
 * claimed with a unique insert before the command runs, so two copies of one request arriving together cannot both
 * run.
 */
@Component
class IdempotencyStore {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> keys;
    private final Clock clock;

    IdempotencyStore(MongoDatabase database) {
        this.keys = database.getCollection("idempotency_keys");
        this.clock = Clock.systemUTC();
    }

    /** Claims the key for this request, or returns what is already recorded under it. */
    Optional<IdempotencyRecord> claimOrGet(String scopedKey, String requestHash) {
        try {
            keys.insertOne(new Document("_id", scopedKey).append("requestHash", requestHash)
                    .append("completed", false).append("claimedAt", Date.from(clock.instant())));
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
        }
        Document existing = keys.find(Filters.eq("_id", scopedKey)).first();
        if (existing == null) {
            return claimOrGet(scopedKey, requestHash);
        }
        CommandResult result = null;
        if (existing.getBoolean("completed", false)) {
            result = new CommandResult(existing.getString("id"), ((Number) existing.get("version")).longValue(),
                    ((Number) existing.get("position")).longValue());
        }
        return Optional.of(new IdempotencyRecord(existing.getString("requestHash"),
                existing.getBoolean("completed", false), existing.getInteger("status", 0),
                existing.getString("location"), result));
    }

    void complete(String scopedKey, int status, String location, CommandResult result) {
        keys.updateOne(Filters.eq("_id", scopedKey), Updates.combine(
                Updates.set("completed", true), Updates.set("status", status), Updates.set("location", location),
                Updates.set("id", result.id()), Updates.set("version", result.version()),
                Updates.set("position", result.position()), Updates.set("completedAt", Date.from(clock.instant()))));
    }

    /** A refused command appended nothing, so its key is released for a corrected request. */
    void release(String scopedKey) {
        keys.deleteOne(Filters.and(Filters.eq("_id", scopedKey), Filters.eq("completed", false)));
    }
}
