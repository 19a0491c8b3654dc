package be.thorpark.ledger.web.security.token;

import be.thorpark.ledger.web.security.LedgerRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * One API token as stored: keyed by the hash of its secret ({@code _id}), with a public id for
 * listing and revoking.
 *
 * @param owner the ADMIN who created it; with the label it names the actor of what the token does
 */
record StoredToken(
        String hash,
        String id,
        String label,
        String owner,
        Set<LedgerRole> roles,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt,
        String revokedBy) {

    static final String ID = "tokenId";
    static final String LAST_USED_AT = "lastUsedAt";
    static final String REVOKED_AT = "revokedAt";
    static final String REVOKED_BY = "revokedBy";

    /**
     * The actor recorded on the events of a command sent with this token: {@code
     * admin/token:powerbi-refresh}.
     */
    String actor() {
        return owner + "/token:" + label;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    Document toDocument() {
        return new Document("_id", hash)
                .append(ID, id)
                .append("label", label)
                .append("owner", owner)
                .append("roles", roles.stream().map(Enum::name).toList())
                .append("createdAt", Date.from(createdAt))
                .append("expiresAt", Date.from(expiresAt));
    }

    static StoredToken fromDocument(Document doc) {
        Set<LedgerRole> roles = EnumSet.noneOf(LedgerRole.class);
        for (String role : doc.getList("roles", String.class, new ArrayList<>())) {
            LedgerRole.parse(role).ifPresent(roles::add);
        }
        return new StoredToken(
                doc.getString("_id"),
                doc.getString(ID),
                doc.getString("label"),
                doc.getString("owner"),
                roles,
                instant(doc, "createdAt"),
                instant(doc, "expiresAt"),
                instant(doc, LAST_USED_AT),
                instant(doc, REVOKED_AT),
                doc.getString(REVOKED_BY));
    }

    private static Instant instant(Document doc, String field) {
        Date date = doc.getDate(field);
        return date == null ? null : date.toInstant();
    }

    List<String> authorities() {
        return roles.stream().map(LedgerRole::authority).toList();
    }
}
