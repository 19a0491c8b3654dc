package be.thorpark.ledger.query.tenant;

import be.thorpark.ledger.eventstore.privacy.PersonalDataVault;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TenantViewConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TenantViewConfiguration.class);

    /**
     * Contact persons stay sealed in the view documents and are opened only when a tenant is read,
     * with the person's key from the vault: once the key is destroyed, nothing anywhere can show
     * them again.
     */
    @Bean
    ContactReader contactReader(PersonalDataVault vault) {
        return text -> {
            try {
                return vault.open(text);
            } catch (RuntimeException e) {
                log.warn(
                        "Sealed data of {} cannot be opened: {}",
                        text.subjectId(),
                        e.getClass().getSimpleName());
                return Optional.empty();
            }
        };
    }
}
