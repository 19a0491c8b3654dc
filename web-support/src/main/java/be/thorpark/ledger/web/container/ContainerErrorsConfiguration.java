package be.thorpark.ledger.web.container;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;

/**
 * Problem answers for what happens outside Spring MVC: the servlet container's error page, Tomcat's
 * own error report, Spring Security's firewall, and store outages wherever they surface.
 */
@Configuration(proxyBeanMethods = false)
public class ContainerErrorsConfiguration {

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    @ConditionalOnClass(name = "org.springframework.security.web.firewall.RequestRejectedHandler")
    RequestRejectedHandler problemRequestRejectedHandler() {
        return new RejectedRequests();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "com.mongodb.MongoException")
    static class Outages {

        @Bean
        StoreOutageAdvice storeOutageAdvice() {
            return new StoreOutageAdvice();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class Tomcat {

        @Bean
        ContainerErrorsCustomizer containerErrorsCustomizer(Environment environment) {
            Binder binder = Binder.get(environment);
            Duration budget =
                    binder.bind("campus.http.unread-body-drain", Duration.class)
                            .orElse(Duration.ofMillis(250));
            DataSize max =
                    binder.bind("campus.http.max-body-bytes", DataSize.class)
                            .orElse(DataSize.ofMegabytes(1));
            return new ContainerErrorsCustomizer(budget, max.toBytes());
        }
    }
}
