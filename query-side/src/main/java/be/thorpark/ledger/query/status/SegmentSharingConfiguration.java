package be.thorpark.ledger.query.status;

import be.thorpark.ledger.query.view.Projection;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lets every view's processor claim no more than this instance's share of its segments. */
@Configuration(proxyBeanMethods = false)
class SegmentSharingConfiguration {

    @Bean
    ConfigurerModule segmentSharingModule(SegmentSharing sharing, List<Projection> views) {
        return configurer ->
                configurer.eventProcessing(
                        processing ->
                                views.stream()
                                        .map(Projection::name)
                                        .distinct()
                                        .forEach(
                                                group ->
                                                        processing
                                                                .registerPooledStreamingEventProcessorConfiguration(
                                                                        group,
                                                                        (config, builder) ->
                                                                                builder
                                                                                        .maxSegmentProvider(
                                                                                                sharing))));
    }
}
