package be.thorpark.ledger.command.http;

import be.thorpark.ledger.eventstore.LedgerMetadata;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;

/**
 * Copies the request's audit metadata from the command onto every event it causes, and names the
 * command as the events' cause. Replaces Axon's default origin provider, whose {@code
 * correlationId} would be the message id.
 */
@Component
class AuditMetadataProvider implements CorrelationDataProvider {

    private static final List<String> CARRIED =
            List.of(
                    LedgerMetadata.ACTOR,
                    LedgerMetadata.CORRELATION_ID,
                    LedgerMetadata.IDEMPOTENCY_KEY,
                    LedgerMetadata.REASON);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : CARRIED) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.putIfAbsent(LedgerMetadata.ACTOR, LedgerMetadata.ANONYMOUS_ACTOR);
        data.putIfAbsent(LedgerMetadata.CORRELATION_ID, message.getIdentifier());
        data.put(LedgerMetadata.CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
