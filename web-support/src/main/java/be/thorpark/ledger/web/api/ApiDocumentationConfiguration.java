package be.thorpark.ledger.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The OpenAPI 3.1 reference at {@code /v3/api-docs} and Swagger UI at {@code
 * /swagger-ui/index.html}, on every HTTP side: the endpoints as Spring MVC maps them, plus what the
 * ledger adds to all of them (roles, headers, problem bodies, examples), see {@link
 * LedgerConventions}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OpenApiCustomizer.class)
public class ApiDocumentationConfiguration {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI ledgerOpenApi(Environment environment) {
        String name = environment.getProperty("spring.application.name", "campus-ledger");
        return new OpenAPI()
                .info(
                        new Info()
                                .title("Campus Ledger API (" + name + ")")
                                .version("1")
                                .description(
                                        """
                                        The event-sourced operations ledger of the Thor Park Smart Manufacturing Campus in \
                                        Genk. Commands (POST) append events; queries answer from views and say which \
                                        position of the history they reflect in `Event-Position`. Every error is an RFC 9457 \
                                        `application/problem+json` body with a stable `code` (see docs/errors.md). Each \
                                        operation lists the roles that may call it.\
                                        """))
                .components(
                        new Components()
                                .addSecuritySchemes(
                                        BASIC,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("basic"))
                                .addSecuritySchemes(
                                        BEARER,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("bearer")
                                                .description("An API token or a JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OperationCustomizer ledgerCommandMarker() {
        return LedgerConventions::markCommand;
    }

    @Bean
    OpenApiCustomizer ledgerConventions(
            ObjectProvider<SecurityFilterChain> chains, ObjectProvider<ApiExamples> examples) {
        return openApi ->
                new LedgerConventions(
                                RequiredRoles.of(chains.orderedStream().toList()).orElse(null),
                                examples.orderedStream().toList())
                        .apply(openApi);
    }
}
