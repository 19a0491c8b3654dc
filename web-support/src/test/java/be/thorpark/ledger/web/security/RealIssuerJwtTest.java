package be.thorpark.ledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.web.WebSupportAutoConfiguration;
import be.thorpark.ledger.web.testapp.TestApplication;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bearer tokens from a real OAuth 2.1 issuer: a Spring Authorization Server runs in this JVM and
 * issues client-credentials tokens, which the ledger checks against the issuer's published keys.
 * Good tokens are accepted; expired, tampered, foreign-issuer, other-audience and unsigned ones are
 * refused with 401 problem+json.
 */
class RealIssuerJwtTest {

    private static final String AUDIENCE = "campus-ledger";
    private static final String SECRET = "issuer-test-secret";
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static ConfigurableApplicationContext issuer;
    static ConfigurableApplicationContext ledger;
    static String issuerUri;
    static String ledgerUri;

    @BeforeAll
    static void start() throws IOException {
        int issuerPort = freePort();
        issuerUri = "http://127.0.0.1:" + issuerPort;
        String[] clients = {"ops-client", "stale-client", "foreign-client", "other-api-client"};
        List<String> arguments =
                new java.util.ArrayList<>(
                        List.of(
                                "--server.port=" + issuerPort,
                                "--spring.security.oauth2.authorizationserver.issuer=" + issuerUri,
                                "--spring.jmx.enabled=false",
                                "--spring.main.banner-mode=off",
                                // In place of the test class path's exclusions, which keep the
                                // issuer out of the ledger test apps.
                                "--spring.autoconfigure.exclude="
                                        + LedgerSecurityConfiguration.class.getName()
                                        + ","
                                        + WebSupportAutoConfiguration.class.getName()));
        for (String client : clients) {
            String prefix =
                    "--spring.security.oauth2.authorizationserver.client."
                            + client
                            + ".registration.";
            arguments.add(prefix + "client-id=" + client);
            arguments.add(prefix + "client-secret={noop}" + secret(client));
            arguments.add(prefix + "client-authentication-methods=client_secret_basic");
            arguments.add(prefix + "authorization-grant-types=client_credentials");
            arguments.add(prefix + "scopes=ledger");
        }
        issuer = new SpringApplicationBuilder(Issuer.class).run(arguments.toArray(String[]::new));

        ledger =
                new SpringApplicationBuilder(TestApplication.class)
                        .run(
                                "--server.port=0",
                                "--campus.users=ops:ops-secret:OPERATIONS",
                                "--campus.security.jwt.issuer-uri=" + issuerUri,
                                "--campus.security.jwt.audience=" + AUDIENCE,
                                "--spring.jmx.enabled=false",
                                "--spring.main.banner-mode=off");
        ledgerUri = "http://127.0.0.1:" + ledger.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        if (ledger != null) {
            ledger.close();
        }
        if (issuer != null) {
            issuer.close();
        }
    }

    @Test
    void aTokenTheIssuerGaveIsAccepted() throws Exception {
        String token = token("ops-client");

        HttpResponse<String> answer = postThing(token);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(JsonMapper.shared().readTree(answer.body()).path("user").asString())
                .isEqualTo("ops-client");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        assertRefused(token("stale-client"));
    }

    @Test
    void aTokenWithAnAlteredSignatureIsRefused() throws Exception {
        String token = token("ops-client");
        int dot = token.lastIndexOf('.');
        char last = token.charAt(dot + 5);
        String tampered =
                token.substring(0, dot + 5) + (last == 'A' ? 'B' : 'A') + token.substring(dot + 6);

        assertRefused(tampered);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        String token = token("ops-client");
        String[] parts = token.split("\\.");
        RSAKey other = new RSAKeyGenerator(2048).keyID(Issuer.KEY.getKeyID()).generate();
        com.nimbusds.jose.JWSObject forged =
                new com.nimbusds.jose.JWSObject(
                        com.nimbusds.jose.JWSHeader.parse(
                                com.nimbusds.jose.util.Base64URL.from(parts[0])),
                        new com.nimbusds.jose.Payload(
                                com.nimbusds.jose.util.Base64URL.from(parts[1])));
        forged.sign(new com.nimbusds.jose.crypto.RSASSASigner(other));

        assertRefused(forged.serialize());
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        assertRefused(token("foreign-client"));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        assertRefused(token("other-api-client"));
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        String payload = token("ops-client").split("\\.")[1];
        String header =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                "{\"alg\":\"none\",\"typ\":\"JWT\"}"
                                        .getBytes(StandardCharsets.UTF_8));

        assertRefused(header + "." + payload + ".");
        assertRefused(header + "." + payload);
    }

    private static void assertRefused(String token) throws Exception {
        HttpResponse<String> answer = postThing(token);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        assertThat(answer.headers().allValues("WWW-Authenticate"))
                .anySatisfy(
                        value -> assertThat(value).startsWith("Bearer").contains("invalid_token"));
        assertThat(answer.body())
                .doesNotContain("Exception", "expired", "Jwt", "signature", "issuer", "aud");
    }

    private static HttpResponse<String> postThing(String token) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(ledgerUri + "/api/things"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A client-credentials grant at the issuer's token endpoint. */
    private static String token(String client) throws Exception {
        String basic =
                Base64.getEncoder()
                        .encodeToString(
                                (client + ":" + secret(client)).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer =
                CLIENT.send(
                        HttpRequest.newBuilder(URI.create(issuerUri + "/oauth2/token"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "grant_type=client_credentials&scope=ledger"))
                                .timeout(Duration.ofSeconds(20))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = JsonMapper.shared().readTree(answer.body());
        return body.path("access_token").asString();
    }

    /** The issuer refuses two clients with one secret. */
    private static String secret(String client) {
        return SECRET + "-" + client;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The identity provider: Spring Authorization Server as Spring Boot configures it from
     * properties, with one signing key and the ledger's claims: roles, and per client an audience,
     * an issuer or an expiry to refuse.
     */
    @SpringBootConfiguration
    @EnableAutoConfiguration(
            exclude = {LedgerSecurityConfiguration.class, WebSupportAutoConfiguration.class})
    static class Issuer {

        static final RSAKey KEY = generate();

        @Bean
        JWKSource<SecurityContext> jwkSource() {
            return new ImmutableJWKSet<>(new JWKSet(KEY));
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> ledgerClaims() {
            return context -> {
                String client = context.getRegisteredClient().getClientId();
                context.getClaims()
                        .claim("roles", List.of("OPERATIONS"))
                        .audience(
                                List.of(
                                        client.equals("other-api-client")
                                                ? "another-service"
                                                : AUDIENCE));
                if (client.equals("stale-client")) {
                    Instant past = Instant.now().minus(Duration.ofHours(2));
                    context.getClaims()
                            .issuedAt(past.minusSeconds(300))
                            .notBefore(past.minusSeconds(300))
                            .expiresAt(past);
                }
                if (client.equals("foreign-client")) {
                    context.getClaims().issuer("http://issuer.elsewhere.example");
                }
            };
        }

        private static RSAKey generate() {
            try {
                return new RSAKeyGenerator(2048).keyID("ledger-test-key").generate();
            } catch (com.nimbusds.jose.JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
