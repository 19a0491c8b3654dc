package be.thorpark.ledger.query.view;

import be.thorpark.ledger.eventstore.EventLog;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.stereotype.Component;

/**
 * Reads the stored history in order, deserialised and upcast exactly as the live processors receive
 * it, for rebuilds and time travel.
 */
@Component
public class EventReplay {

    private final EventLog log;

    public EventReplay(EventLog log) {
        this.log = log;
    }

    /**
     * Feeds every event after {@code after} up to and including {@code upTo} to {@code sink}.
     *
     * @return the position of the last event fed, or {@code after} when there was none
     */
    public long replay(long after, long upTo, Consumer<ViewEvent> sink) {
        long last = after;
        if (upTo <= after) {
            return last;
        }
        try (Stream<? extends TrackedEventMessage<?>> events = log.replayAfter(after)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> message = iterator.next();
                ViewEvent event =
                        ViewEvents.from(message.getPayload(), message, message.trackingToken());
                if (event.position() > upTo) {
                    break;
                }
                sink.accept(event);
                last = event.position();
                if (last == upTo) {
                    break;
                }
            }
        }
        return last;
    }
}
