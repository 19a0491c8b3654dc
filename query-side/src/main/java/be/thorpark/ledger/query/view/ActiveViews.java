package be.thorpark.ledger.query.view;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The collections the live views are kept in and read from: the ledger's database with the prefix
 * {@code campus.query.collection-prefix} (default {@code v1_}). A rebuild writes into another prefix and, once it has
 * caught up, becomes the active one.
 */
@Component
public class ActiveViews {

    private final ViewWriter writer;

    public ActiveViews(MongoDatabase database, @Value("${campus.query.collection-prefix:v1_}") String prefix) {
        this.writer = new ViewWriter(database, prefix);
    }

    public ViewWriter writer() {
        return writer;
    }

    public MongoCollection<Document> collection(String name) {
        return writer.collection(name);
    }
}
