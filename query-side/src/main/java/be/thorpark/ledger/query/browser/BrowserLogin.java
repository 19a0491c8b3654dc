package be.thorpark.ledger.query.browser;

import be.thorpark.ledger.web.security.BrowserSecurityConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Log-in for the pages. Kept apart from {@link BrowserPages} so that web slice tests, which pick up
 * every {@code WebMvcConfigurer} but no security, do not need a security chain.
 */
@Configuration(proxyBeanMethods = false)
@Import(BrowserSecurityConfiguration.class)
class BrowserLogin {}
