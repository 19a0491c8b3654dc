package be.thorpark.ledger.query.funding;

import be.thorpark.ledger.query.view.ActiveViews;
import be.thorpark.ledger.query.view.ProjectingHandler;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(FundingProjection.NAME)
class FundingViewHandler extends ProjectingHandler {

    FundingViewHandler(ActiveViews views) {
        super(new FundingProjection(), views);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        handle(payload, message, token);
    }
}
