package be.thorpark.ledger.query.view;

import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One pooled streaming processor per view, named after the view (its processing group), with one
 * handler that feeds the view's projection; the views are the {@link Projection} beans, so a new
 * view is a new projection class and nothing else. Each processor is split into two segments so
 * that two threads (or two instances) share the work; events of one entity always go to the same
 * segment (Axon's default sequencing per aggregate id). Tokens are kept by the store's {@code
 * TokenStore} (MongoDB). They read the history from {@link ViewEventSource}, which wakes them on
 * every append of this process, and their workers signal read-your-writes waiters ({@link
 * ViewSignals}).
 */
@Configuration(proxyBeanMethods = false)
class ViewProcessors {

    /**
     * The source is looked up when the processors are built: it needs the event bus that this
     * module helps set up.
     */
    @Bean
    ConfigurerModule viewProcessorsModule(
            @Value("${campus.query.segments:2}") int segments,
            @Value("${campus.query.batch-size:50}") int batchSize,
            List<Projection> projections,
            ActiveViews views,
            ObjectProvider<ViewEventSource> source,
            ViewSignals signals) {
        return configurer ->
                configurer.eventProcessing(
                        processing -> {
                            for (Projection projection : projections) {
                                String group = projection.name();
                                ProjectingHandler.register(processing, projection, views)
                                        .registerPooledStreamingEventProcessor(
                                                group,
                                                c -> source.getObject(),
                                                (c, builder) ->
                                                        builder.initialSegmentCount(segments)
                                                                .batchSize(batchSize)
                                                                .workerExecutor(
                                                                        signals.workerExecutor(
                                                                                group)));
                            }
                        });
    }
}
