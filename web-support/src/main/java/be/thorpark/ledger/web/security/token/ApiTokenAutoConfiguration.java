package be.thorpark.ledger.web.security.token;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** API tokens on every ledger HTTP side that has the store's database. */
@AutoConfiguration(afterName = "be.thorpark.ledger.eventstore.config.LedgerStoreAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(MongoDatabase.class)
@EnableConfigurationProperties(ApiTokenSettings.class)
public class ApiTokenAutoConfiguration {

    @Bean
    ApiTokens apiTokens(
            MongoDatabase database, ApiTokenSettings settings, ObjectProvider<Clock> clock) {
        return new ApiTokens(
                new ApiTokenStore(database, settings.collection()),
                settings,
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    ApiTokenController apiTokenController(ApiTokens tokens) {
        return new ApiTokenController(tokens);
    }
}
