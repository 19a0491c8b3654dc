package be.thorpark.ledger.query.claims;

import be.thorpark.ledger.query.view.ActiveViews;
import be.thorpark.ledger.query.view.ProjectingHandler;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ClaimsProjection.NAME)
class ClaimsViewHandler extends ProjectingHandler {

    ClaimsViewHandler(ActiveViews views) {
        super(new ClaimsProjection(), views);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        handle(payload, message, token);
    }
}
