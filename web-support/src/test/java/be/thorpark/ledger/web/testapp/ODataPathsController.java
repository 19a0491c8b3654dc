package be.thorpark.ledger.web.testapp;

import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stands in for the OData feed of the query side: every path under /odata answers who called it.
 */
@RestController
class ODataPathsController {

    @GetMapping({"/odata", "/odata/**"})
    Map<String, String> read(Authentication user) {
        return Map.of("user", user.getName());
    }

    @PostMapping("/odata/**")
    Map<String, String> write(Authentication user) {
        return Map.of("user", user.getName());
    }
}
