package be.thorpark.ledger.eventstore.embedded;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import java.util.AbstractMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;

/**
 * A unique index of the embedded server over an index map keyed by {@link SerializedKeyType}: what
 * the H2 backend's own unique index does, in the same map, with the same stored keys and values.
 *
 * <p>Every exact-key read of the ledger that is not by {@code _id} of a document (a position, an
 * aggregate key, a command's key, a token's hash, a view's unique field) and every insert, which
 * checks each unique index of its collection, goes through one of these.
 */
final class SerializedKeyUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<SerializedKey, Object> map;

    SerializedKeyUniqueIndex(
            MVMap<SerializedKey, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return map.remove(SerializedKey.of(key));
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return map.putIfAbsent(SerializedKey.of(key), Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return () -> {
            Iterator<Map.Entry<SerializedKey, Object>> entries = map.entrySet().iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return entries.hasNext();
                }

                @Override
                public Map.Entry<KeyValue, Object> next() {
                    Map.Entry<SerializedKey, Object> entry = entries.next();
                    return new AbstractMap.SimpleImmutableEntry<>(
                            entry.getKey().keyValue(), entry.getValue());
                }
            };
        };
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return map.get(SerializedKey.of(key));
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
