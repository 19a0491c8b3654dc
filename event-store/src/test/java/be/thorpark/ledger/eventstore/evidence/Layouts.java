package be.thorpark.ledger.eventstore.evidence;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.types.Binary;

/** Test access to each layout's stored bytes. */
final class Layouts {

    private Layouts() {}

    static void damageExactKeyChunk(MongoDatabase database, String sha256) {
        flipFirstByte(database, ExactKeyEvidenceStore.CHUNKS, Filters.eq("_id", sha256 + "/0"));
    }

    static void damageGridFsChunk(MongoDatabase database, String sha256) {
        flipFirstByte(
                database,
                GridFsEvidenceStore.BUCKET + ".chunks",
                Filters.and(Filters.eq("files_id", new BsonString(sha256)), Filters.eq("n", 0)));
    }

    private static void flipFirstByte(
            MongoDatabase database, String collection, org.bson.conversions.Bson filter) {
        Document chunk = database.getCollection(collection).find(filter).first();
        byte[] data = chunk.get("data", Binary.class).getData();
        data[0] ^= 0x01;
        database.getCollection(collection).updateOne(filter, Updates.set("data", new Binary(data)));
    }
}
