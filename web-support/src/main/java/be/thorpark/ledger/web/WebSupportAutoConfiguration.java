package be.thorpark.ledger.web;

import be.thorpark.ledger.web.container.ContainerErrorsConfiguration;
import be.thorpark.ledger.web.http.BodyDeadlineFilter;
import be.thorpark.ledger.web.http.BodySizeLimitFilter;
import be.thorpark.ledger.web.http.CorrelationIdFilter;
import be.thorpark.ledger.web.http.KeepableTextCheck;
import be.thorpark.ledger.web.http.MediaTypeFilter;
import be.thorpark.ledger.web.http.StrictJson;
import be.thorpark.ledger.web.problem.ProblemAdvice;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * What every ledger HTTP side shares apart from security: problem responses for every failure, the
 * correlation id of each request, the request body limit and strict JSON reading.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"
        })
@Import(ContainerErrorsConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebSupportAutoConfiguration {

    /**
     * Before Spring Security, so that an oversized body costs neither a password check nor a read.
     */
    static final int BODY_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    @ConditionalOnMissingBean
    ProblemAdvice problemAdvice() {
        return new ProblemAdvice();
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(Environment environment) {
        DataSize limit =
                Binder.get(environment)
                        .bind("campus.http.max-body-bytes", DataSize.class)
                        .orElse(DataSize.ofMegabytes(1));
        DataSize evidence =
                Binder.get(environment)
                        .bind("campus.evidence.max-bytes", DataSize.class)
                        .orElse(DataSize.ofMegabytes(20));
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(
                        new BodySizeLimitFilter(limit.toBytes(), evidence.toBytes()));
        registration.setOrder(BODY_LIMIT_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Right after the size limit: a body that trickles in is as costly as one that is too long. */
    @Bean
    FilterRegistrationBean<BodyDeadlineFilter> bodyDeadlineFilter(Environment environment) {
        Duration timeout =
                Binder.get(environment)
                        .bind("campus.http.body-read-timeout", Duration.class)
                        .orElse(Duration.ofSeconds(20));
        FilterRegistrationBean<BodyDeadlineFilter> registration =
                new FilterRegistrationBean<>(new BodyDeadlineFilter(timeout));
        registration.setOrder(BODY_LIMIT_ORDER + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** First of all, so that every log line of the request, security's included, names it. */
    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration =
                new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<MediaTypeFilter> mediaTypeFilter() {
        FilterRegistrationBean<MediaTypeFilter> registration =
                new FilterRegistrationBean<>(new MediaTypeFilter());
        registration.setOrder(BODY_LIMIT_ORDER + 2);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    KeepableTextCheck keepableTextCheck() {
        return new KeepableTextCheck();
    }

    @Bean
    StrictJson strictJson() {
        return new StrictJson();
    }
}
