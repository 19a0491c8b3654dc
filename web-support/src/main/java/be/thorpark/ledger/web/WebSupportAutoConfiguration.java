package be.thorpark.ledger.web;

import be.thorpark.ledger.web.http.BodySizeLimitFilter;
import be.thorpark.ledger.web.http.KeepableTextCheck;
import be.thorpark.ledger.web.http.StrictJson;
import be.thorpark.ledger.web.problem.ProblemAdvice;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * What every ledger HTTP side shares apart from security: problem responses for every failure, the request body
 * limit and strict JSON reading.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebSupportAutoConfiguration {

    /** Before Spring Security, so that an oversized body costs neither a password check nor a read. */
    static final int BODY_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    @ConditionalOnMissingBean
    ProblemAdvice problemAdvice() {
        return new ProblemAdvice();
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(Environment environment) {
        DataSize limit = Binder.get(environment).bind("campus.http.max-body-bytes", DataSize.class)
                .orElse(DataSize.ofMegabytes(1));
        DataSize evidence = Binder.get(environment).bind("campus.evidence.max-bytes", DataSize.class)
                .orElse(DataSize.ofMegabytes(20));
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(limit.toBytes(), evidence.toBytes()));
        registration.setOrder(BODY_LIMIT_ORDER);
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
