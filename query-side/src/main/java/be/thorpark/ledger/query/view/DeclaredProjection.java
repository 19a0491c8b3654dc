package be.thorpark.ledger.query.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A projection written as declarations: one typed handler per event type ({@link #on}), looked up
 * by the payload's class. An event type no handler names leaves the view as it is.
 */
public abstract class DeclaredProjection implements Projection, EventHandlers {

    private final Map<Class<?>, List<Handler<Object>>> handlers = new LinkedHashMap<>();
    private final Map<String, List<Handler<Object>>> packageHandlers = new LinkedHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public final <E> void on(Class<E> type, Handler<E> handler) {
        handlers.computeIfAbsent(type, t -> new ArrayList<>()).add((Handler<Object>) handler);
    }

    @Override
    public final void onEveryEventLike(Class<?> sample, Handler<Object> handler) {
        packageHandlers
                .computeIfAbsent(sample.getPackageName(), p -> new ArrayList<>())
                .add(handler);
    }

    /** Declares the handlers of a part that several views share. */
    protected final void include(Consumer<EventHandlers> part) {
        part.accept(this);
    }

    /** The event types this view reacts to. */
    public final Set<Class<?>> eventTypes() {
        return Set.copyOf(handlers.keySet());
    }

    @Override
    public final void apply(ViewEvent event, ViewWriter writer) {
        Class<?> type = event.payload().getClass();
        List<Handler<Object>> declared = handlers.getOrDefault(type, List.of());
        List<Handler<Object>> everyOfPackage =
                packageHandlers.getOrDefault(type.getPackageName(), List.of());
        if (declared.isEmpty() && everyOfPackage.isEmpty()) {
            return;
        }
        ViewTarget target = new ViewTarget(event, writer);
        declared.forEach(handler -> handler.on(event.payload(), target));
        everyOfPackage.forEach(handler -> handler.on(event.payload(), target));
    }
}
