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

    /**
     * The position (document key) of the document holding the highest, or lowest, value of this
     * index's one field, from the end of the index map; null when that is not known from the ends
     * alone. The server keeps a number in an index key as a double, and the keys are ordered by
     * their serialised bytes: keys of one shape, a single double with its sign bit clear, differ
     * only in the double's eight big-endian bytes, and for those byte order is numeric order. A key
     * of any other shape (a negative number, a string, a compound key) has other bytes before or in
     * the value. When the first and the last key are both of that shape and of one length, every
     * key between them is too, and the ends are the lowest and highest.
     */
    Object positionOfExtreme(boolean highest) {
        if (getKeys().size() != 1 || map.isEmpty()) {
            return null;
        }
        SerializedKey first = map.firstKey();
        SerializedKey last = map.lastKey();
        if (first.bytes().length != last.bytes().length
                || !isSingleNonNegativeNumber(first)
                || !isSingleNonNegativeNumber(last)) {
            return null;
        }
        return map.get(highest ? last : first);
    }

    private static boolean isSingleNonNegativeNumber(SerializedKey key) {
        KeyValue value = key.keyValue();
        return value.size() == 1
                && value.get(0) instanceof Double number
                && !number.isNaN()
                && Double.doubleToRawLongBits(number) >= 0;
    }

    String field() {
        return getKeys().get(0).getKey();
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
