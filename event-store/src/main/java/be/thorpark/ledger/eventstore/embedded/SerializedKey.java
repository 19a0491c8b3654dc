package be.thorpark.ledger.eventstore.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.util.Arrays;
import org.h2.mvstore.type.ObjectDataType;

/**
 * An index key of the embedded server as H2 stores it: the Java serialisation of its {@link
 * KeyValue}. Two keys are the same key when their bytes are equal, as with H2's default type.
 */
final class SerializedKey {

    private final byte[] bytes;

    SerializedKey(byte[] bytes) {
        this.bytes = bytes;
    }

    static SerializedKey of(KeyValue key) {
        return new SerializedKey(ObjectDataType.serialize(key));
    }

    byte[] bytes() {
        return bytes;
    }

    KeyValue keyValue() {
        return (KeyValue) ObjectDataType.deserialize(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SerializedKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
