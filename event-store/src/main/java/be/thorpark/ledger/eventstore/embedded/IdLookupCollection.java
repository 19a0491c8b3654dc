package be.thorpark.ledger.eventstore.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded server that reads {@code {_id: v}} and {@code {_id: {$in: [...]}}}
 * straight from its document map, which is keyed by {@code _id}.
 *
 * <p>The server's own path answers such a query through its {@code _id} index, whose keys it
 * compares by serialising both sides with Java serialisation at every step of the B-tree search,
 * and then matches each document found against the whole {@code $in} list again. Reading the
 * history by consecutive commit numbers spent most of its time there: several times the cost of a
 * plain scan of the same documents. Numbers and strings are the only {@code _id} values answered
 * here (the ones the ledger writes); anything else, and any query with a sort, a skip or a
 * projection other than plain included fields ({@link Inclusion}), takes the server's own path,
 * with two exceptions: the first document of the whole collection in a sort order ({@link
 * #firstInOrder}) and a page in {@code _id} order ({@link #pageById}), both of which the server
 * would answer by collecting and sorting every document. A number is looked up under each type it
 * may have been stored as, because the document map keeps the value as inserted while the query
 * language treats 5, 5L and 5.0 as one value.
 */
final class IdLookupCollection extends H2Collection {

    private static final String ID = "_id";
    private static final String IN = "$in";

    private final MVMap<Object, Document> data;

    IdLookupCollection(
            MongoDatabase database,
            String name,
            CollectionOptions options,
            MVMap<Object, Document> data,
            MVMap<String, Object> meta,
            CursorRegistry cursors) {
        super(database, name, options, data, meta, cursors);
        this.data = data;
    }

    @Override
    protected QueryResult queryDocuments(
            Document query,
            Document orderBy,
            int skip,
            int limit,
            int batchSize,
            Document projection) {
        List<Object> ids = exactIds(query);
        Inclusion inclusion = Inclusion.of(projection);
        if (ids == null && isEmpty(query) && limit == 1 && skip == 0 && inclusion != null) {
            QueryResult first = firstInOrder(orderBy, inclusion, batchSize);
            if (first != null) {
                return first;
            }
        }
        if (ids == null && inclusion != null && skip >= 0 && limit >= 0) {
            QueryResult page = pageById(query, orderBy, skip, limit, batchSize, inclusion);
            if (page != null) {
                return page;
            }
        }
        if (ids == null || !isEmpty(orderBy) || skip > 0 || inclusion == null) {
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, projection);
        }
        List<Document> found = new ArrayList<>(ids.size());
        for (Object id : ids) {
            Document document = lookUp(id);
            if (document != null) {
                Document projected = inclusion.apply(document);
                if (projected == null) {
                    // A selected path runs through an array: the server's own path knows how.
                    return super.queryDocuments(query, orderBy, skip, limit, batchSize, projection);
                }
                found.add(projected);
                if (limit > 0 && found.size() == limit) {
                    break;
                }
            }
        }
        return createQueryResult(found, batchSize);
    }

    /**
     * The first document of the whole collection in the order {@code orderBy} gives, as {@code
     * find().sort(orderBy).limit(1)} asks for the highest commit number or position. The server's
     * own path collects every document before it sorts, which holds the whole history on the heap
     * at once: a history of a million events did not fit in 4 GB. This pass keeps one. Ties keep
     * the first in stored order, as the server's stable sort does. Null when the order is not one
     * this pass knows.
     */
    private QueryResult firstInOrder(Document orderBy, Inclusion inclusion, int batchSize) {
        if (isEmpty(orderBy) || orderBy.keySet().stream().anyMatch(key -> key.startsWith("$"))) {
            return null;
        }
        Document byId = firstById(orderBy);
        if (byId == null) {
            byId = highestByUniqueIndex(orderBy);
        }
        if (byId != null) {
            Document projected = inclusion.apply(byId);
            return projected == null ? null : createQueryResult(List.of(projected), batchSize);
        }
        Comparator<Document> order = deriveComparator(orderBy);
        if (order == null) {
            return null;
        }
        Document first = null;
        try (Stream<DocumentWithPosition<Object>> all = streamAllDocumentsWithPosition()) {
            Iterator<DocumentWithPosition<Object>> documents = all.iterator();
            while (documents.hasNext()) {
                Document candidate = documents.next().getDocument();
                if (first == null || order.compare(candidate, first) < 0) {
                    first = candidate;
                }
            }
        }
        if (first == null) {
            return createQueryResult(List.of(), batchSize);
        }
        Document projected = inclusion.apply(first);
        return projected == null ? null : createQueryResult(List.of(projected), batchSize);
    }

    /**
     * A page of the documents that match {@code query} in {@code _id} order, as the views' lists
     * ask ({@code sort({_id: 1}).skip(k).limit(n)}): the document map is walked in its key order
     * and stops once the page is full. The server's own path collects every matching document and
     * sorts them all for every page, which costs each request the whole collection in time and in
     * heap. Taken only when every key has the one type, long or string, whose map order is the
     * query language's order (numbers by value, strings as {@link String#compareTo}); else null.
     */
    private QueryResult pageById(
            Document query,
            Document orderBy,
            int skip,
            int limit,
            int batchSize,
            Inclusion inclusion) {
        if (orderBy == null
                || orderBy.size() != 1
                || !(orderBy.get(ID) instanceof Number direction)) {
            return null;
        }
        Object firstKey = data.firstKey();
        Object lastKey = data.lastKey();
        boolean oneType =
                firstKey != null
                        && (firstKey instanceof Long || firstKey instanceof String)
                        && lastKey != null
                        && firstKey.getClass() == lastKey.getClass();
        if (!oneType) {
            return null;
        }
        Document filter = query == null ? new Document() : query;
        List<Document> page = new ArrayList<>(limit == 0 ? 16 : Math.min(limit, 1024));
        int skipped = 0;
        Cursor<Object, Document> documents = data.cursor(null, null, direction.intValue() < 0);
        while (documents.hasNext()) {
            documents.next();
            Document document = documents.getValue();
            if (!documentMatchesQuery(document, filter)) {
                continue;
            }
            if (skipped < skip) {
                skipped++;
                continue;
            }
            Document projected = inclusion.apply(document);
            if (projected == null) {
                return null;
            }
            page.add(projected);
            if (page.size() == limit) {
                // Unlimited (0) never stops here.
                break;
            }
        }
        return createQueryResult(page, batchSize);
    }

    /**
     * The first document by {@code _id} alone, from the ends of the document map, when every key is
     * a long (the commit numbers the ledger writes): the map orders its keys by type first and then
     * by value, so when its first and last keys are both longs, all of them are, and its ends are
     * the lowest and highest numbers. Null otherwise (mixed types sort differently in the query
     * language), and for an empty collection the pass answers.
     */
    private Document firstById(Document orderBy) {
        if (orderBy.size() != 1 || !(orderBy.get(ID) instanceof Number direction)) {
            return null;
        }
        Object first = data.firstKey();
        Object last = data.lastKey();
        if (!(first instanceof Long) || !(last instanceof Long)) {
            return null;
        }
        return data.get(direction.intValue() < 0 ? last : first);
    }

    /**
     * The document holding the highest value of a field with a unique index of its own, from the
     * end of that index ({@link SerializedKeyUniqueIndex#positionOfExtreme}), as the highest
     * position of the history is asked for ({@code sort({positions: -1}).limit(1)}: a descending
     * sort on an array takes each document's highest element). Descending only: in an ascending
     * sort a document without the field comes first, and the index does not hold it. Null when the
     * index cannot tell.
     */
    private Document highestByUniqueIndex(Document orderBy) {
        if (orderBy.size() != 1) {
            return null;
        }
        Map.Entry<String, Object> order = orderBy.entrySet().iterator().next();
        if (!(order.getValue() instanceof Number direction) || direction.intValue() >= 0) {
            return null;
        }
        for (Index<Object> index : getIndexes()) {
            if (index instanceof SerializedKeyUniqueIndex unique
                    && unique.getKeys().size() == 1
                    && unique.field().equals(order.getKey())) {
                Object position = unique.positionOfExtreme(true);
                return position == null ? null : data.get(position);
            }
        }
        return null;
    }

    /**
     * The ids asked for, in the order the server's index path returns them (ascending, once each);
     * else null.
     */
    private static List<Object> exactIds(Document query) {
        if (query == null || query.size() != 1 || !query.containsKey(ID)) {
            return null;
        }
        Object value = query.get(ID);
        if (isPlainKey(value)) {
            return List.of(value);
        }
        if (!(value instanceof Document condition)
                || condition.size() != 1
                || !(condition.get(IN) instanceof Collection<?> values)) {
            return null;
        }
        List<Object> ascending = ascendingNumbers(values);
        if (ascending != null) {
            return ascending;
        }
        Set<Object> sorted = new TreeSet<>(ValueComparator.asc());
        for (Object candidate : values) {
            if (!isPlainKey(candidate)) {
                return null;
            }
            sorted.add(candidate);
        }
        return new ArrayList<>(sorted);
    }

    /**
     * The list itself when it holds whole numbers in strictly ascending order, as a read of
     * consecutive commit numbers asks: sorting it again through the server's comparator would cost
     * every page of a history read hundreds of comparisons; else null.
     */
    private static List<Object> ascendingNumbers(Collection<?> values) {
        List<Object> ids = new ArrayList<>(values.size());
        long previous = Long.MIN_VALUE;
        for (Object candidate : values) {
            if (!(candidate instanceof Long || candidate instanceof Integer)) {
                return null;
            }
            long number = ((Number) candidate).longValue();
            if (!ids.isEmpty() && number <= previous) {
                return null;
            }
            ids.add(candidate);
            previous = number;
        }
        return ids;
    }

    private static boolean isPlainKey(Object value) {
        return value instanceof String || value instanceof Long || value instanceof Integer;
    }

    private Document lookUp(Object id) {
        if (id instanceof String) {
            return getDocument(id);
        }
        long number = ((Number) id).longValue();
        Document document = getDocument(number);
        if (document == null && number == (int) number) {
            document = getDocument((int) number);
        }
        if (document == null && (double) number == number) {
            document = getDocument((double) number);
        }
        return document;
    }

    private static boolean isEmpty(Document document) {
        return document == null || document.isEmpty();
    }
}
