package be.thorpark.ledger.query.tenant;

import be.thorpark.ledger.eventstore.privacy.PersonalDataVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

@Configuration(proxyBeanMethods = false)
class TenantViewConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TenantViewConfiguration.class);

    /**
     * Contact persons stay sealed in the view documents and are opened only when a tenant is read, with the person's
     * key from the vault: once the key is destroyed, nothing anywhere can show them again.
     */
    @Bean
    ContactReader contactReader(PersonalDataVault vault) {
        return sealed -> {
            try {
                return vault.open(sealed);
            } catch (RuntimeException e) {
                log.warn("Sealed data of {} cannot be opened: {}", sealed.subjectId(), e.getClass().getSimpleName());
                return Optional.empty();
            }
        };
    }
}
