package be.thorpark.ledger.query.view;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import java.util.List;

/** Creates every view's indexes in the active collections at start-up, before the processors begin. */
@Component
class ViewIndexes implements SmartInitializingSingleton {

    private final List<ProjectingHandler> handlers;
    private final ActiveViews views;

    ViewIndexes(List<ProjectingHandler> handlers, ActiveViews views) {
        this.handlers = handlers;
        this.views = views;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (ProjectingHandler handler : handlers) {
            views.writer(handler.projection().name()).ensureIndexes(handler.projection());
        }
    }
}
