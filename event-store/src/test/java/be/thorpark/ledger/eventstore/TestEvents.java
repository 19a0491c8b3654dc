package be.thorpark.ledger.eventstore;

import java.time.Instant;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Revision;

/** Events and messages the engine's tests store; they stand for any payload. */
final class TestEvents {

    private TestEvents() {}

    @Revision("1")
    record MeterRead(String meterId, long reading) {}

    static DomainEventMessage<MeterRead> reading(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>(
                "Meter",
                aggregateId,
                sequence,
                new MeterRead(aggregateId, sequence),
                MetaData.from(Map.of("actor", "tester", "reason", "reading " + sequence)));
    }

    static DomainEventMessage<MeterRead> reading(
            String aggregateId, long sequence, String eventId) {
        return new GenericDomainEventMessage<>(
                "Meter",
                aggregateId,
                sequence,
                new MeterRead(aggregateId, sequence),
                MetaData.emptyInstance(),
                eventId,
                Instant.now());
    }
}
