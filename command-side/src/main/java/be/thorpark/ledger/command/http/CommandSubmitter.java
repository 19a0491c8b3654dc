package be.thorpark.ledger.command.http;

import be.thorpark.ledger.eventstore.CommitKey;
import be.thorpark.ledger.eventstore.EventLog;
import be.thorpark.ledger.eventstore.KeyedCommit;
import be.thorpark.ledger.eventstore.LedgerMetadata;
import be.thorpark.ledger.eventstore.StoredCommit;
import be.thorpark.ledger.eventstore.StoredEvent;
import be.thorpark.ledger.web.http.CorrelationIdFilter;
import be.thorpark.ledger.web.http.LedgerHeaders;
import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an HTTP command request into an Axon command with the ledger's metadata, and its outcome
 * into the contract's answer: status, {@code Location}, {@code ETag}, {@code Event-Position} and
 * {@code {id, version, position}}. It also gives {@code Idempotency-Key} and {@code If-Match} their
 * meaning, the same for every command.
 */
@Component
public class CommandSubmitter {

    private static final int MAX_ATTEMPTS = 8;
    private static final Pattern SAFE_TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern IF_MATCH = Pattern.compile("^\"?(\\d{1,18})\"?$");
    private static final String WEAK_TAG = "W/";

    private final CommandGateway gateway;
    private final EventLog log;
    private final KeyedRequests keyedRequests;
    private final JsonMapper json;
    private final CommandMetrics metrics;

    CommandSubmitter(
            CommandGateway gateway,
            EventLog log,
            KeyedRequests keyedRequests,
            CommandMetrics metrics) {
        this.gateway = gateway;
        this.log = log;
        this.keyedRequests = keyedRequests;
        this.metrics = metrics;
        this.json = JsonMapper.builder().build();
    }

    /**
     * The id of an entity that {@code http} creates. Under an {@code Idempotency-Key} it is derived
     * from the actor, the key and the path, so that every copy and every repeat of the request
     * names the same new entity and is answered with the same id, version and {@code Location} as
     * the first; without a key it is random.
     */
    public String newId(HttpServletRequest http, String prefix) {
        String key = http.getHeader(LedgerHeaders.IDEMPOTENCY_KEY);
        if (key == null || !SAFE_TOKEN.matcher(key).matches()) {
            return prefix + UUID.randomUUID();
        }
        String name = actor() + '\n' + key + '\n' + http.getMethod() + ' ' + http.getRequestURI();
        return prefix + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decides and stores the command of {@code request} and answers 201 with its {@code Location}
     * when it makes something new, else 200.
     */
    public ResponseEntity<CommandResult> submit(CommandRequest request) {
        HttpServletRequest http = request.http;
        if (request.createsEntity && http.getHeader(HttpHeaders.IF_MATCH) != null) {
            // RFC 9110: If-Match on a resource that has no current representation is false,
            // whatever it names.
            throw new PreconditionFailedException(
                    "If-Match names a version of an entity that does not exist yet; "
                            + "send a creation without If-Match.");
        }
        String actor = actor();
        String key = http.getHeader(LedgerHeaders.IDEMPOTENCY_KEY);
        if (key != null && !SAFE_TOKEN.matcher(key).matches()) {
            throw new InvalidHeaderException(
                    LedgerHeaders.IDEMPOTENCY_KEY,
                    "must be 1 to 128 characters of letters, digits, '.', '_', ':' or '-'");
        }
        Long expectedVersion = expectedAxonVersion(http.getHeader(HttpHeaders.IF_MATCH));
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(LedgerMetadata.ACTOR, actor);
        metadata.put(LedgerMetadata.CORRELATION_ID, correlationId(http));
        if (key != null) {
            metadata.put(LedgerMetadata.IDEMPOTENCY_KEY, key);
        }
        if (request.reason != null && !request.reason.isBlank()) {
            metadata.put(LedgerMetadata.REASON, request.reason);
        }
        // Every commit is stored under a key: the client's, scoped to its actor, or one made for
        // this request alone.
        // The answer is read back from the stored commit, the same way for a first request and for
        // a repeat.
        String requestHash = hash(http, request.body);
        Function<Long, Object> command = request.command;
        StoredCommit commit;
        if (key == null) {
            CommitKey commitKey = new CommitKey("command|" + UUID.randomUUID(), requestHash);
            try {
                commit =
                        dispatch(
                                commitKey,
                                command.apply(expectedVersion),
                                metadata,
                                expectedVersion == null);
            } catch (RuntimeException e) {
                // Stored after all (the failure came after the commit): the client gets its answer,
                // not an error.
                commit =
                        log.commitByKey(commitKey.key())
                                .map(KeyedCommit::commit)
                                .orElseThrow(() -> e);
            }
        } else {
            CommitKey commitKey = new CommitKey("request|" + actor + "|" + key, requestHash);
            commit =
                    keyedRequests.once(
                            commitKey,
                            () ->
                                    dispatch(
                                            commitKey,
                                            command.apply(expectedVersion),
                                            metadata,
                                            expectedVersion == null));
        }
        CommandResult result =
                new CommandResult(
                        request.responseId,
                        versionOf(commit, request.entityId),
                        commit.lastPosition());
        HttpStatus status = request.location != null ? HttpStatus.CREATED : HttpStatus.OK;
        return answer(status.value(), request.location, result);
    }

    /**
     * Sends the command and returns its stored commit; when another command changed one of the same
     * entities in between, the command is decided again on the new state, unless the caller pinned
     * a version with If-Match.
     */
    private StoredCommit dispatch(
            CommitKey key, Object command, Map<String, Object> metadata, boolean retry) {
        return metrics.timed(command, () -> send(key, command, metadata, retry));
    }

    private StoredCommit send(
            CommitKey key, Object command, Map<String, Object> metadata, boolean retry) {
        for (int attempt = 1; ; attempt++) {
            try {
                gateway.sendAndWait(
                        GenericCommandMessage.asCommandMessage(command)
                                .andMetaData(metadata)
                                .andMetaData(key.metaData()));
                return log.commitByKey(key.key())
                        .map(KeyedCommit::commit)
                        .orElseThrow(
                                () -> new IllegalStateException("The command appended no event"));
            } catch (AggregateNotFoundException e) {
                throw new ProblemException(
                        ProblemCode.ENTITY_NOT_FOUND,
                        "Nothing with id " + e.getAggregateIdentifier() + " is registered.");
            } catch (ConflictingAggregateVersionException e) {
                throw new ProblemException(
                        ProblemCode.VERSION_MISMATCH,
                        "If-Match named version "
                                + (e.getExpectedVersion() + 1)
                                + " but the entity is at version "
                                + (e.getActualVersion() + 1)
                                + ". Read it again and retry.");
            } catch (ConcurrencyException e) {
                if (!retry) {
                    // Pinned by If-Match, and another command took that version first: the
                    // precondition failed.
                    throw new PreconditionFailedException(
                            "If-Match named the version another command changed at "
                                    + "the same moment. Read the entity again and retry.");
                }
                if (attempt == MAX_ATTEMPTS) {
                    throw new ProblemException(
                            ProblemCode.CONCURRENT_MODIFICATION,
                            "Another command changed the same entity at the same moment. Read it"
                                    + " again and retry.");
                }
            }
        }
    }

    private static long versionOf(StoredCommit commit, String entityId) {
        return commit.events().stream()
                .filter(e -> e.aggregateType() != null && entityId.equals(e.aggregateId()))
                .mapToLong(StoredEvent::entityVersion)
                .max()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "The command appended no event for " + entityId));
    }

    private static ResponseEntity<CommandResult> answer(
            int status, URI location, CommandResult result) {
        ResponseEntity.BodyBuilder builder =
                ResponseEntity.status(status)
                        .eTag("\"" + result.version() + "\"")
                        .header(LedgerHeaders.EVENT_POSITION, Long.toString(result.position()));
        if (location != null) {
            builder.location(location);
        }
        return builder.body(result);
    }

    /**
     * The product's versions are 1-based; Axon's are the last sequence number. If-Match compares
     * strongly (RFC 9110, 13.1.1): a weak tag never matches. {@code *} matches any current version,
     * so it pins none.
     */
    static Long expectedAxonVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        if (ifMatch.trim().startsWith(WEAK_TAG)) {
            throw new PreconditionFailedException(
                    "If-Match compares entity tags strongly; the weak tag W/\"...\" never matches."
                            + " Send the version as a strong tag, e.g. \"3\".");
        }
        var matcher = IF_MATCH.matcher(ifMatch.trim());
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) < 1) {
            throw new InvalidHeaderException(
                    HttpHeaders.IF_MATCH, "must be an entity version such as \"3\"");
        }
        return Long.parseLong(matcher.group(1)) - 1;
    }

    private static String correlationId(HttpServletRequest http) {
        return CorrelationIdFilter.of(http);
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication.getName() == null
                || "anonymousUser".equals(authentication.getName())) {
            return LedgerMetadata.ANONYMOUS_ACTOR;
        }
        return authentication.getName();
    }

    private String hash(HttpServletRequest http, Object body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(
                    (http.getMethod() + " " + http.getRequestURI() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
            sha.update(json.writeValueAsBytes(body));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
