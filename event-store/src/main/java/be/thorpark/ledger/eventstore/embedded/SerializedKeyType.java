package be.thorpark.ledger.eventstore.embedded;

import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded server's unique indexes: the same bytes on disk and the same order
 * as H2's default type, without its cost.
 *
 * <p>The server's index keys are objects H2 does not know, so its default type stores each as a
 * Java-serialised byte string (tag 19, length, bytes) and orders them by those bytes, serialising
 * <em>both</em> keys again at every comparison of a B-tree search. This type keeps a key as its
 * serialised bytes ({@link SerializedKey}), so a lookup serialises the key it looks for once and
 * every comparison is a byte comparison. The file format and the order are those of {@link
 * ObjectDataType}, so index maps written before are read as they are, and a file written with this
 * type can be opened without it.
 */
final class SerializedKeyType extends BasicDataType<SerializedKey> {

    static final SerializedKeyType INSTANCE = new SerializedKeyType();

    /** H2's tag for a Java-serialised object ({@code ObjectDataType.TYPE_SERIALIZED_OBJECT}). */
    private static final int SERIALIZED_OBJECT = 19;

    private SerializedKeyType() {}

    @Override
    public int compare(SerializedKey a, SerializedKey b) {
        return a == b ? 0 : ObjectDataType.compareNotNull(a.bytes(), b.bytes());
    }

    @Override
    public int getMemory(SerializedKey key) {
        // As H2 estimates a serialised object: twice its length, plus the holder.
        return 2 * key.bytes().length + 24;
    }

    @Override
    public void write(WriteBuffer buffer, SerializedKey key) {
        buffer.put((byte) SERIALIZED_OBJECT).putVarInt(key.bytes().length).put(key.bytes());
    }

    @Override
    public SerializedKey read(ByteBuffer buffer) {
        int tag = buffer.get();
        if (tag != SERIALIZED_OBJECT) {
            // Only serialised keys are ever written to these maps; anything else is not ours.
            throw DataUtils.newMVStoreException(
                    DataUtils.ERROR_FILE_CORRUPT,
                    "Unexpected tag {0} in a unique index of the embedded server",
                    tag);
        }
        byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
        buffer.get(bytes);
        return new SerializedKey(bytes);
    }

    @Override
    public SerializedKey[] createStorage(int size) {
        return new SerializedKey[size];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SerializedKeyType;
    }

    @Override
    public int hashCode() {
        return SerializedKeyType.class.hashCode();
    }
}
