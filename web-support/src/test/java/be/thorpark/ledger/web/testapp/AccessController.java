package be.thorpark.ledger.web.testapp;

import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/** One endpoint per access rule; each answers who called it. */
@RestController
class AccessController {

    @GetMapping({
        "/api/events",
        "/api/events/{id}",
        "/api/entities/{id}",
        "/api/integrity/key",
        "/api/exports/events",
        "/api/reports/occupancy",
        "/api/admin/configuration",
        "/other"
    })
    Map<String, String> read(Authentication user) {
        return Map.of("user", user.getName());
    }

    @PostMapping({
        "/api/integrity/digest",
        "/api/things",
        "/api/admin/replays",
        "/api/admin/forget"
    })
    Map<String, String> create(Authentication user) {
        return Map.of("user", user.getName());
    }

    @PutMapping("/api/things/{id}")
    Map<String, String> replace(Authentication user) {
        return Map.of("user", user.getName());
    }

    @PatchMapping("/api/things/{id}")
    Map<String, String> change(Authentication user) {
        return Map.of("user", user.getName());
    }

    @DeleteMapping("/api/things/{id}")
    Map<String, String> delete(Authentication user) {
        return Map.of("user", user.getName());
    }
}
