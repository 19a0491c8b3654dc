package be.thorpark.ledger.query.view;

import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates every view's indexes in the active collections at start-up, before the processors begin.
 */
@Component
class ViewIndexes implements SmartInitializingSingleton {

    private final List<Projection> projections;
    private final ActiveViews views;

    ViewIndexes(List<Projection> projections, ActiveViews views) {
        this.projections = projections;
        this.views = views;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (Projection projection : projections) {
            views.writer(projection.name()).ensureIndexes(projection);
        }
    }
}
