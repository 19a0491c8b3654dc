package be.thorpark.ledger.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** Compares a running application's handler mappings with its OpenAPI document. */
final class ApiReference {

    /**
     * Handlers that are not the ledger's API: the reference's own endpoints and Boot's error page.
     */
    private static final List<String> INFRASTRUCTURE =
            List.of("org.springdoc.", "org.springframework.");

    private ApiReference() {}

    /** Every {@code METHOD path} the application maps to one of its own handlers. */
    static List<String> handlerMappings(ApplicationContext context) {
        List<String> mapped = new ArrayList<>();
        RequestMappingHandlerMapping mappings =
                context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            String type = entry.getValue().getBeanType().getName();
            if (INFRASTRUCTURE.stream().anyMatch(type::startsWith)) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
                if (methods.isEmpty()) {
                    mapped.add("GET " + path);
                }
                methods.forEach(method -> mapped.add(method.name() + " " + path));
            }
        }
        // The browser's log-in form is an HTML page of the form-login chain, not an operation of
        // the API.
        mapped.remove("GET /login");
        return mapped.stream().sorted().toList();
    }

    /** The mappings the document does not describe. */
    static List<String> undocumented(ApplicationContext context, JsonNode document) {
        return handlerMappings(context).stream()
                .filter(
                        mapping -> {
                            String method =
                                    mapping.substring(0, mapping.indexOf(' '))
                                            .toLowerCase(Locale.ROOT);
                            String path = mapping.substring(mapping.indexOf(' ') + 1);
                            return document.path("paths").path(path).path(method).isMissingNode();
                        })
                .toList();
    }
}
