package be.thorpark.ledger.query.browser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The campus dashboard and the auditor's explorer, static pages under {@code static/} that read the
 * views and the history through the API with the person's session.
 */
@Configuration(proxyBeanMethods = false)
class BrowserPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/explorer").setViewName("forward:/explorer.html");
    }
}
