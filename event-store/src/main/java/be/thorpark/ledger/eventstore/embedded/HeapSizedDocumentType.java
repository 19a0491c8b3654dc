package be.thorpark.ledger.eventstore.embedded;

import de.bwaldvogel.mongo.bson.BinData;
import java.util.Collection;
import java.util.Map;
import org.h2.mvstore.type.ObjectDataType;

/**
 * H2's default value type, written and read exactly as before, with one change: what a stored
 * document costs on the heap.
 *
 * <p>The store's page cache is bounded by the sum of its pages' estimated sizes. For a value it
 * does not know, H2 estimates twice a moving average of its serialised length. A document read back
 * is a tree of maps, entries, strings and boxed numbers that takes more: with the default estimate
 * the heap after GC grew by 152 to 203 MB while a 64 MB cache counted itself full (60,000 and
 * 120,000 documents of about 500 bytes of JSON), so the cache alone could fill most of the
 * application's 256 MB heap. This estimate walks the document and adds up the objects a 64-bit JVM
 * with compressed references allocates for it.
 */
final class HeapSizedDocumentType extends ObjectDataType {

    /** The walk stops below this depth; deeper values are counted as a flat guess. */
    private static final int MAX_DEPTH = 16;

    @Override
    public int getMemory(Object value) {
        long size = sizeOf(value, 0);
        return (int) Math.min(Integer.MAX_VALUE, size);
    }

    private static long sizeOf(Object value, int depth) {
        if (value == null || value instanceof Boolean) {
            return 0;
        }
        if (depth > MAX_DEPTH) {
            return 64;
        }
        if (value instanceof String s) {
            // The String and its byte array (Latin-1 or UTF-16).
            return 24 + align(16 + (long) s.length() * (isLatin1(s) ? 1 : 2));
        }
        if (value instanceof Map<?, ?> map) {
            // A Document holds a LinkedHashMap: the map, its table and one entry per key.
            long size = 16 + 56 + align(16 + 4L * tableLength(map.size()));
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size +=
                        40
                                + sizeOf(entry.getKey(), depth + 1)
                                + sizeOf(entry.getValue(), depth + 1);
            }
            return size;
        }
        if (value instanceof Collection<?> list) {
            long size = 24 + align(16 + 4L * list.size());
            for (Object element : list) {
                size += sizeOf(element, depth + 1);
            }
            return size;
        }
        if (value instanceof byte[] bytes) {
            return align(16 + bytes.length);
        }
        if (value instanceof BinData binary) {
            // Evidence files are stored in chunks of binary data of up to 255 kB each.
            return 16 + align(16 + binary.getData().length);
        }
        if (value instanceof Number || value instanceof Character) {
            return 16;
        }
        // Dates, instants, ids, binaries: small objects of one or two fields.
        return 32;
    }

    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static long tableLength(int entries) {
        long length = 16;
        while (length * 3 / 4 < entries) {
            length <<= 1;
        }
        return length;
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
