package be.thorpark.ledger.query.status;

import be.thorpark.ledger.query.view.ProjectingHandler;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** Lets every view's processor claim no more than this instance's share of its segments. */
@Configuration(proxyBeanMethods = false)
class SegmentSharingConfiguration {

    @Bean
    ConfigurerModule segmentSharingModule(SegmentSharing sharing, List<ProjectingHandler> handlers) {
        return configurer -> configurer.eventProcessing(processing -> handlers.stream()
                .map(ProcessorStatusReader.ViewHandle::of)
                .map(ProcessorStatusReader.ViewHandle::group)
                .distinct()
                .forEach(group -> processing.registerPooledStreamingEventProcessorConfiguration(group,
                        (config, builder) -> builder.maxSegmentProvider(sharing))));
    }
}
