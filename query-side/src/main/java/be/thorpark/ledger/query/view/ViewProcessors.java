package be.thorpark.ledger.query.view;

import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * One pooled streaming processor per view, split into two segments so that two threads (or two instances) share the
 * work; events of one entity always go to the same segment (Axon's default sequencing per aggregate id). Tokens are
 * kept by the store's {@code TokenStore} (MongoDB).
 */
@Configuration(proxyBeanMethods = false)
class ViewProcessors {

    static final List<String> GROUPS = List.of("tenants", "units", "leases", "jobs", "funding", "claims", "indicators");

    @Bean
    ConfigurerModule viewProcessorsModule(@Value("${campus.query.segments:2}") int segments,
                                          @Value("${campus.query.batch-size:50}") int batchSize) {
        return configurer -> configurer.eventProcessing(processing -> {
            for (String group : GROUPS) {
                processing.registerPooledStreamingEventProcessor(group, c -> c.eventStore(),
                        (c, builder) -> builder.initialSegmentCount(segments).batchSize(batchSize));
            }
        });
    }
}
