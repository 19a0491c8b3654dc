package be.thorpark.ledger.eventstore.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/**
 * The page cache's size estimate of a stored document: written and read exactly as H2's default
 * type does, and close to what the documents take on the heap, so that a cache of N MB holds about
 * N MB of documents.
 */
class HeapSizedDocumentTypeTest {

    @Test
    void documentsAreWrittenAndReadExactlyAsTheDefaultTypeDoes() {
        Document document = viewDocument(7);
        byte[] ours = written(new HeapSizedDocumentType(), document);
        byte[] theirs = written(new ObjectDataType(), document);

        assertThat(ours).isEqualTo(theirs);
        assertThat(new HeapSizedDocumentType().read(ByteBuffer.wrap(theirs))).isEqualTo(document);
        assertThat(new ObjectDataType().read(ByteBuffer.wrap(ours))).isEqualTo(document);
    }

    @Test
    void theEstimateIsCloseToWhatTheDocumentsTakeOnTheHeap() {
        int count = 20_000;
        List<Document> kept = new ArrayList<>(count);
        long before = heapAfterGc();
        for (int i = 0; i < count; i++) {
            // As the store holds them: read back from their stored bytes, every key and text a
            // string of its own.
            kept.add(
                    (Document)
                            ObjectDataType.deserialize(ObjectDataType.serialize(viewDocument(i))));
        }
        long measured = (heapAfterGc() - before) / count;
        long estimated = new HeapSizedDocumentType().getMemory(kept.get(count / 2));
        // H2's own estimate, twice the serialised length, for comparison in the message.
        long serialisedTwice = 2L * ObjectDataType.serialize(kept.get(count / 2)).length;

        System.out.printf(
                "a view document: estimate %d, measured %d, H2's default %d bytes%n",
                estimated, measured, serialisedTwice);
        assertThat((double) estimated / measured)
                .as(
                        "estimate %d, measured %d bytes per document (H2's default: %d)",
                        estimated, measured, serialisedTwice)
                .isBetween(0.7, 1.4);
        assertThat(kept).hasSize(count);
    }

    @Test
    void aChunkOfAnEvidenceFileCountsItsBytes() {
        Document chunk = new Document();
        chunk.put("_id", "chunk-1");
        chunk.put("n", 0);
        chunk.put("data", new BinData(new byte[255 * 1024]));

        assertThat(new HeapSizedDocumentType().getMemory(chunk)).isGreaterThan(255 * 1024);
    }

    /** A document shaped like a view's: text, numbers, a nested map, a list, an instant. */
    private static Document viewDocument(int i) {
        Document applied = new Document();
        applied.put("tenant-" + i, (long) i);
        applied.put("lease-" + i, (long) i + 1);
        Document contact = new Document();
        contact.put("email", "contact" + i + "@example.be");
        contact.put("phone", "+32 89 000 " + i);
        List<Object> jobs = new ArrayList<>();
        for (int j = 0; j < 3; j++) {
            Document job = new Document();
            job.put("change", "CREATED");
            job.put("count", j + 2);
            job.put("category", "engineering");
            job.put("effectiveDate", "2024-0" + (j + 1) + "-01");
            jobs.add(job);
        }
        Document document = new Document();
        document.put("_id", "tenant-" + i);
        document.put("name", "Tenant " + i + " NV");
        document.put("enterpriseNumber", String.valueOf(400_000_000L + i));
        document.put("profile", "SCALE_UP");
        document.put("registeredAt", Instant.ofEpochSecond(1_700_000_000L + i));
        document.put("position", (long) i);
        document.put("version", 3);
        document.put("applied", applied);
        document.put("contact", contact);
        document.put("jobs", jobs);
        document.put("tags", Arrays.asList("campus", "thor-park"));
        return document;
    }

    private static byte[] written(ObjectDataType type, Document document) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, document);
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        byte[] bytes = new byte[written.remaining()];
        written.get(bytes);
        return bytes;
    }

    private static long heapAfterGc() {
        // HotSpot's System.gc() returns after a full collection; a second one takes what the
        // first one's reference processing let go.
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
