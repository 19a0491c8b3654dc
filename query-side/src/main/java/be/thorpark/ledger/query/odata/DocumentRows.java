package be.thorpark.ledger.query.odata;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The entities of a view collection, read in {@code _id} order through one database cursor, {@link
 * #BATCH} documents at a time. Each batch is turned into entities at once, so the look-ups it needs
 * (a tenant's leases, a programme's disbursements) are one query per batch, not per document. A
 * document may yield several entities (a lease's amendments); the cursor of an entity names its
 * document and its place in it.
 */
final class DocumentRows implements RowSource {

    static final int BATCH = 100;
    private static final char SEPARATOR = '\u0001';

    private final MongoCollection<Document> collection;
    private final Bson filter;
    private final Function<List<Document>, List<List<Map<String, Object>>>> batchMapper;

    /** {@code batchMapper} answers, per document of a batch and in the same order, its entities. */
    DocumentRows(
            MongoCollection<Document> collection,
            Bson filter,
            Function<List<Document>, List<List<Map<String, Object>>>> batchMapper) {
        this.collection = collection;
        this.filter = filter;
        this.batchMapper = batchMapper;
    }

    /** One entity per document. */
    static DocumentRows single(
            MongoCollection<Document> collection,
            Bson filter,
            Function<List<Document>, List<Map<String, Object>>> batchMapper) {
        return new DocumentRows(
                collection,
                filter,
                docs -> batchMapper.apply(docs).stream().map(List::of).toList());
    }

    /** The same entities restricted to the document with {@code _id} {@code id}. */
    DocumentRows only(String id) {
        return new DocumentRows(
                collection, Filters.and(filter, Filters.eq("_id", id)), batchMapper);
    }

    @Override
    public Stream<FeedRow> open(String cursor) {
        String afterDoc = null;
        int afterIndex = -1;
        if (cursor != null) {
            int at = cursor.lastIndexOf(SEPARATOR);
            if (at < 0) {
                throw new IllegalArgumentException("not a document cursor");
            }
            afterDoc = cursor.substring(0, at);
            afterIndex = Integer.parseInt(cursor.substring(at + 1));
        }
        Bson query = afterDoc == null ? filter : Filters.and(filter, Filters.gte("_id", afterDoc));
        MongoCursor<Document> documents =
                collection.find(query).sort(Sorts.ascending("_id")).batchSize(BATCH).iterator();
        Iterator<FeedRow> rows = new Rows(documents, afterDoc, afterIndex);
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                .onClose(documents::close);
    }

    private final class Rows implements Iterator<FeedRow> {

        private final MongoCursor<Document> documents;
        private final String afterDoc;
        private final int afterIndex;
        private final List<FeedRow> pending = new ArrayList<>();
        private int next;

        Rows(MongoCursor<Document> documents, String afterDoc, int afterIndex) {
            this.documents = documents;
            this.afterDoc = afterDoc;
            this.afterIndex = afterIndex;
        }

        @Override
        public boolean hasNext() {
            while (next >= pending.size()) {
                if (!documents.hasNext()) {
                    return false;
                }
                fill();
            }
            return true;
        }

        @Override
        public FeedRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.get(next++);
        }

        private void fill() {
            pending.clear();
            next = 0;
            List<Document> batch = new ArrayList<>(BATCH);
            while (batch.size() < BATCH && documents.hasNext()) {
                batch.add(documents.next());
            }
            List<List<Map<String, Object>>> entities = batchMapper.apply(batch);
            for (int d = 0; d < batch.size(); d++) {
                String id = String.valueOf(batch.get(d).get("_id"));
                List<Map<String, Object>> ofDocument = entities.get(d);
                for (int i = 0; i < ofDocument.size(); i++) {
                    if (id.equals(afterDoc) && i <= afterIndex) {
                        continue;
                    }
                    pending.add(new FeedRow(ofDocument.get(i), id + SEPARATOR + i));
                }
            }
        }
    }
}
