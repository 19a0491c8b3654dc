package be.thorpark.ledger.command.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Objects;
import java.util.function.Function;

/**
 * One command request as a controller hands it to {@link CommandSubmitter}: the HTTP request and
 * its body (hashed, so a repeated {@code Idempotency-Key} can be told apart), the reason, the
 * entity the command appends to, the id the answer names and, for a creation, where the new thing
 * is found. Built by name, never by position:
 *
 * <pre>{@code
 * CommandRequest.of(http, request).reason(request.reason())
 *         .on(programme.value()).part(reportId.value()).at("/api/funding-programmes/" + programme + "/reports/" + id)
 *         .sending(expected -> new SubmitReport(programme, reportId, ..., expected));
 * }</pre>
 */
public final class CommandRequest {

    final HttpServletRequest http;
    final Object body;
    final String reason;
    final String entityId;
    final String responseId;
    final URI location;
    final boolean createsEntity;
    final Function<Long, Object> command;

    private CommandRequest(Builder builder, Function<Long, Object> command) {
        this.http = builder.http;
        this.body = builder.body;
        this.reason = builder.reason;
        this.entityId =
                Objects.requireNonNull(builder.entityId, "the entity: creates(id) or on(id)");
        this.responseId = builder.partId == null ? builder.entityId : builder.partId;
        this.location = builder.location;
        this.createsEntity = builder.createsEntity;
        this.command = Objects.requireNonNull(command, "command");
    }

    /** A request with {@code body} as its JSON body (null when it has none). */
    public static Builder of(HttpServletRequest http, Object body) {
        return new Builder(Objects.requireNonNull(http, "http"), body);
    }

    public static final class Builder {

        private final HttpServletRequest http;
        private final Object body;
        private String reason;
        private String entityId;
        private String partId;
        private URI location;
        private boolean createsEntity;

        private Builder(HttpServletRequest http, Object body) {
            this.http = http;
            this.body = body;
        }

        /** Why, in the requester's words; stored with every event the command appends. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /**
         * The command creates the entity {@code newId}; an {@code If-Match} is refused, nothing
         * exists to match.
         */
        public Builder creates(String newId) {
            this.entityId = newId;
            this.createsEntity = true;
            return this;
        }

        /** The command appends to the existing entity {@code entityId}. */
        public Builder on(String entityId) {
            this.entityId = entityId;
            this.createsEntity = false;
            return this;
        }

        /**
         * The answer names this part of the entity (a report, a line, a disbursement) with the
         * entity's version.
         */
        public Builder part(String partId) {
            this.partId = partId;
            return this;
        }

        /**
         * Answered 201 with this {@code Location}: the command makes something new that is found
         * there.
         */
        public Builder at(String location) {
            this.location = URI.create(location);
            return this;
        }

        public CommandRequest sending(Object command) {
            Objects.requireNonNull(command, "command");
            return new CommandRequest(this, expected -> command);
        }

        /**
         * The command, made with the Axon version that {@code If-Match} expects (null when the
         * request sets none).
         */
        public CommandRequest sending(Function<Long, Object> command) {
            return new CommandRequest(this, command);
        }
    }
}
