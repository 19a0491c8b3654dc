package be.thorpark.ledger.command.http;

import be.thorpark.ledger.eventstore.AppendReceipts;
import be.thorpark.ledger.eventstore.LedgerMetadata;
import be.thorpark.ledger.web.http.CorrelationIdFilter;
import be.thorpark.ledger.web.http.LedgerHeaders;
import be.thorpark.ledger.web.problem.ProblemCode;
import be.thorpark.ledger.web.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns an HTTP command request into an Axon command with the ledger's metadata, and its outcome into the contract's
 * answer: status, {@code Location}, {@code ETag}, {@code Event-Position} and {@code {id, version, position}}. It also
 * gives {@code Idempotency-Key} and {@code If-Match} their meaning, the same for every command.
 */
@Component
public class CommandSubmitter {

    private static final int MAX_ATTEMPTS = 8;
    private static final Pattern SAFE_TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern IF_MATCH = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    private final CommandGateway gateway;
    private final IdempotencyStore idempotency;
    private final JsonMapper json;
    private final CommandMetrics metrics;

    CommandSubmitter(CommandGateway gateway, IdempotencyStore idempotency, CommandMetrics metrics) {
        this.gateway = gateway;
        this.idempotency = idempotency;
        this.metrics = metrics;
        this.json = JsonMapper.builder().build();
    }

    /** A command that creates the entity {@code newId}; answered 201 with its location. */
    public ResponseEntity<CommandResult> create(HttpServletRequest http, Object body, String reason, String newId,
                                                String location, Object command) {
        return submit(http, body, reason, newId, newId, URI.create(location), expected -> command);
    }

    /**
     * A command that creates {@code newId} inside the existing entity {@code aggregateId} (a report of a programme);
     * answered 201 with the new part's id and the entity's new version.
     */
    public ResponseEntity<CommandResult> createWithin(HttpServletRequest http, Object body, String reason,
                                                      String aggregateId, String newId, String location,
                                                      Function<Long, Object> command) {
        return submit(http, body, reason, aggregateId, newId, URI.create(location), command);
    }

    /**
     * A command on the existing entity {@code entityId}; {@code command} receives the Axon version expected through
     * {@code If-Match}, or null when the request sets none.
     */
    public ResponseEntity<CommandResult> update(HttpServletRequest http, Object body, String reason, String entityId,
                                                Function<Long, Object> command) {
        return submit(http, body, reason, entityId, entityId, null, command);
    }

    /** A command on a part ({@code partId}) of the entity {@code aggregateId}, answered with the part's id. */
    public ResponseEntity<CommandResult> updateWithin(HttpServletRequest http, Object body, String reason,
                                                      String aggregateId, String partId,
                                                      Function<Long, Object> command) {
        return submit(http, body, reason, aggregateId, partId, null, command);
    }

    private ResponseEntity<CommandResult> submit(HttpServletRequest http, Object body, String reason,
                                                 String entityId, String responseId, URI location,
                                                 Function<Long, Object> command) {
        String actor = actor();
        String key = http.getHeader(LedgerHeaders.IDEMPOTENCY_KEY);
        String scopedKey = null;
        if (key != null) {
            if (!SAFE_TOKEN.matcher(key).matches()) {
                throw new InvalidHeaderException(LedgerHeaders.IDEMPOTENCY_KEY,
                        "must be 1 to 128 characters of letters, digits, '.', '_', ':' or '-'");
            }
            scopedKey = actor + "|" + key;
            Optional<IdempotencyRecord> earlier = idempotency.claimOrGet(scopedKey, hash(http, body));
            if (earlier.isPresent()) {
                return replay(earlier.get(), hash(http, body));
            }
        }
        try {
            Long expectedVersion = expectedAxonVersion(http.getHeader(HttpHeaders.IF_MATCH));
            Map<String, Object> metadata = new HashMap<>();
            metadata.put(LedgerMetadata.ACTOR, actor);
            metadata.put(LedgerMetadata.CORRELATION_ID, correlationId(http));
            if (key != null) {
                metadata.put(LedgerMetadata.IDEMPOTENCY_KEY, key);
            }
            if (reason != null && !reason.isBlank()) {
                metadata.put(LedgerMetadata.REASON, reason);
            }
            AppendReceipts.AppendReceipt receipt = dispatch(command.apply(expectedVersion), metadata,
                    expectedVersion == null);
            long version = receipt.versionOf(entityId)
                    .orElseThrow(() -> new IllegalStateException("The command appended no event for " + entityId));
            CommandResult result = new CommandResult(responseId, version, receipt.lastPosition());
            HttpStatus status = location != null ? HttpStatus.CREATED : HttpStatus.OK;
            if (scopedKey != null) {
                idempotency.complete(scopedKey, status.value(), location == null ? null : location.toString(),
                        result);
            }
            return answer(status.value(), location == null ? null : location.toString(), result);
        } catch (RuntimeException e) {
            if (scopedKey != null) {
                idempotency.release(scopedKey);
            }
            throw e;
        }
    }

    /**
     * Sends the command; when another command changed one of the same entities in between, the command is decided
     * again on the new state, unless the caller pinned a version with If-Match.
     */
    private AppendReceipts.AppendReceipt dispatch(Object command, Map<String, Object> metadata, boolean retry) {
        return metrics.timed(command, () -> send(command, metadata, retry));
    }

    private AppendReceipts.AppendReceipt send(Object command, Map<String, Object> metadata, boolean retry) {
        for (int attempt = 1; ; attempt++) {
            AppendReceipts.clear();
            try {
                gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
                return AppendReceipts.take()
                        .orElseThrow(() -> new IllegalStateException("The command appended no event"));
            } catch (AggregateNotFoundException e) {
                throw new ProblemException(ProblemCode.ENTITY_NOT_FOUND,
                        "Nothing with id " + e.getAggregateIdentifier() + " is registered.");
            } catch (ConflictingAggregateVersionException e) {
                throw new ProblemException(ProblemCode.VERSION_MISMATCH, "If-Match named version "
                        + (e.getExpectedVersion() + 1) + " but the entity is at version " + (e.getActualVersion() + 1)
                        + ". Read it again and retry.");
            } catch (ConcurrencyException e) {
                if (!retry || attempt == MAX_ATTEMPTS) {
                    throw refusal(e);
                }
            }
        }
    }

    private static ProblemException refusal(ConcurrencyException e) {
        return new ProblemException(ProblemCode.CONCURRENT_MODIFICATION,
                "Another command changed the same entity at the same moment. Read it again and retry.");
    }

    private static ResponseEntity<CommandResult> replay(IdempotencyRecord earlier, String requestHash) {
        if (!earlier.requestHash().equals(requestHash)) {
            throw new IdempotencyKeyReusedException();
        }
        if (!earlier.completed()) {
            throw new IdempotencyKeyInProgressException();
        }
        return answer(earlier.status(), earlier.location(), earlier.result());
    }

    private static ResponseEntity<CommandResult> answer(int status, String location, CommandResult result) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status)
                .eTag("\"" + result.version() + "\"")
                .header(LedgerHeaders.EVENT_POSITION, Long.toString(result.position()));
        if (location != null) {
            builder.location(URI.create(location));
        }
        return builder.body(result);
    }

    /** The product's versions are 1-based; Axon's are the last sequence number. */
    static Long expectedAxonVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        var matcher = IF_MATCH.matcher(ifMatch.trim());
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) < 1) {
            throw new InvalidHeaderException(HttpHeaders.IF_MATCH, "must be an entity version such as \"3\"");
        }
        return Long.parseLong(matcher.group(1)) - 1;
    }

    private static String correlationId(HttpServletRequest http) {
        return CorrelationIdFilter.of(http);
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
                || "anonymousUser".equals(authentication.getName())) {
            return LedgerMetadata.ANONYMOUS_ACTOR;
        }
        return authentication.getName();
    }

    private String hash(HttpServletRequest http, Object body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((http.getMethod() + " " + http.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(json.writeValueAsBytes(body));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
