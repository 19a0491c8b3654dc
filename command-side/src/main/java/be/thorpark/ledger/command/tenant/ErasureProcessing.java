package be.thorpark.ledger.command.tenant;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Key destruction runs in the erasing command's own unit of work, not in a background processor.
 */
@Configuration(proxyBeanMethods = false)
class ErasureProcessing {

    @Bean
    ConfigurerModule personalDataErasureProcessor() {
        return configurer ->
                configurer.eventProcessing().registerSubscribingEventProcessor(KeyShredder.GROUP);
    }
}
