package be.thorpark.ledger.app;

import be.thorpark.ledger.eventstore.MongoLedgerStorageEngine;
import be.thorpark.ledger.eventstore.integrity.DigestCheck;
import be.thorpark.ledger.eventstore.integrity.ExportBundle;
import be.thorpark.ledger.eventstore.integrity.HistoryVerifier;
import be.thorpark.ledger.eventstore.integrity.ReportPack;
import be.thorpark.ledger.eventstore.integrity.SignedDigest;
import be.thorpark.ledger.eventstore.integrity.SigningKey;
import be.thorpark.ledger.eventstore.integrity.VerificationResult;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Offline checks for auditors, without starting the application:
 *
 * <pre>
 *   verify --uri mongodb://host/?replicaSet=rs0 [--database campus_ledger] [--digest digest.json --public-key key.pem]
 *   verify-export --bundle export.zip --public-key key.pem
 *   rebuild --url http://127.0.0.1:8080 [--user admin] [--views tenants,units]   (password in CAMPUS_ADMIN_PASSWORD)
 * </pre>
 *
 * Exit code 0 when valid, 1 when the history is broken or does not extend the digest, 2 on wrong
 * usage.
 */
final class LedgerCommandLine {

    static final String VERIFY = "verify";
    static final String VERIFY_EXPORT = "verify-export";
    static final String REBUILD = "rebuild";
    static final String VERIFY_PACK = "verify-pack";

    private final PrintStream out;
    private final JsonMapper json = JsonMapper.builder().build();

    LedgerCommandLine(PrintStream out) {
        this.out = out;
    }

    static boolean handles(String[] args) {
        return args.length > 0
                && (VERIFY.equals(args[0])
                        || VERIFY_EXPORT.equals(args[0])
                        || REBUILD.equals(args[0])
                        || VERIFY_PACK.equals(args[0]));
    }

    int run(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                return usage("unexpected argument " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        try {
            if (REBUILD.equals(args[0])) {
                return new RebuildCommand(out, System.getenv(), java.time.Duration.ofSeconds(1))
                        .run(options);
            }
            if (VERIFY_PACK.equals(args[0])) {
                return verifyPack(options);
            }
            return VERIFY.equals(args[0]) ? verifyDatabase(options) : verifyExport(options);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("interrupted");
            return 2;
        } catch (RuntimeException | java.io.IOException e) {
            out.println("error: " + e.getMessage());
            return 2;
        }
    }

    private int verifyDatabase(Map<String, String> options) throws java.io.IOException {
        String uri = options.get("uri");
        if (uri == null) {
            return usage("--uri is required");
        }
        try (MongoClient client = MongoClients.create(uri)) {
            var serializer = Jackson3Serializer.builder().build();
            MongoLedgerStorageEngine engine =
                    MongoLedgerStorageEngine.builder()
                            .database(
                                    client.getDatabase(
                                            options.getOrDefault("database", "campus_ledger")))
                            .eventSerializer(serializer)
                            .snapshotSerializer(serializer)
                            .build();
            try {
                VerificationResult chain = new HistoryVerifier(engine).verify();
                out.println(json.writeValueAsString(chain));
                if (options.containsKey("digest")) {
                    PublicKey key = publicKey(options);
                    if (key == null) {
                        return usage("--digest needs --public-key");
                    }
                    DigestCheck.Outcome outcome =
                            new DigestCheck(engine)
                                    .check(readDigest(options.get("digest")), key, chain);
                    out.println(json.writeValueAsString(outcome));
                    return outcome.extendsDigest() && chain.valid() ? 0 : 1;
                }
                return chain.valid() ? 0 : 1;
            } finally {
                engine.close();
            }
        }
    }

    private int verifyExport(Map<String, String> options) throws java.io.IOException {
        String bundle = options.get("bundle");
        PublicKey key = publicKey(options);
        if (bundle == null || key == null) {
            return usage("--bundle and --public-key are required");
        }
        try (InputStream in = Files.newInputStream(Path.of(bundle))) {
            VerificationResult result = ExportBundle.verify(in, key);
            out.println(json.writeValueAsString(result));
            return result.valid() ? 0 : 1;
        }
    }

    private int verifyPack(Map<String, String> options) throws java.io.IOException {
        String pack = options.get("pack");
        PublicKey key = publicKey(options);
        if (pack == null || key == null) {
            return usage("--pack and --public-key are required");
        }
        try (InputStream in = Files.newInputStream(Path.of(pack))) {
            ReportPack.Check check = ReportPack.verify(in, key);
            Map<String, Object> answer = new java.util.LinkedHashMap<>();
            answer.put("valid", check.valid());
            answer.put("problem", check.problem());
            if (check.manifest() != null) {
                answer.put("programmeId", check.manifest().programmeId());
                answer.put("reportId", check.manifest().reportId());
                answer.put("decisionPosition", check.manifest().decisionPosition());
                answer.put("headHash", check.manifest().digest().headHash());
                answer.put("files", check.manifest().files().size());
            }
            out.println(json.writeValueAsString(answer));
            return check.valid() ? 0 : 1;
        }
    }

    private PublicKey publicKey(Map<String, String> options) throws java.io.IOException {
        String file = options.get("public-key");
        if (file == null) {
            return null;
        }
        String text = Files.readString(Path.of(file));
        if (text.trim().startsWith("{")) {
            text = json.readTree(text).get("publicKeyPem").asString();
        }
        return SigningKey.publicKeyFromText(text);
    }

    private SignedDigest readDigest(String file) throws java.io.IOException {
        JsonNode n = json.readTree(Files.readString(Path.of(file)));
        return new SignedDigest(
                n.get("headPosition").asLong(),
                n.get("headHash").asString(),
                Instant.parse(n.get("issuedAt").asString()),
                n.get("keyId").asString(),
                n.get("signature").asString());
    }

    private int usage(String problem) {
        out.println("error: " + problem);
        out.println(
                "usage: verify --uri MONGODB_URI [--database NAME] [--digest FILE --public-key"
                        + " FILE]");
        out.println("       verify-export --bundle FILE --public-key FILE");
        out.println("       verify-pack --pack FILE --public-key FILE");
        return 2;
    }
}
