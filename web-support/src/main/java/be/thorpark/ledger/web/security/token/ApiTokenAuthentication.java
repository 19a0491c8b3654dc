package be.thorpark.ledger.web.security.token;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * A request authenticated by an API token. Its name is the token's actor ({@code
 * owner/token:label}), so everything that names the caller (the events' actor, idempotency scopes)
 * tells token use apart from the owner's own requests.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final String actor;
    private final String tokenId;

    ApiTokenAuthentication(StoredToken token) {
        super(AuthorityUtils.createAuthorityList(token.authorities()));
        this.actor = token.actor();
        this.tokenId = token.id();
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return actor;
    }

    @Override
    public String getName() {
        return actor;
    }

    String tokenId() {
        return tokenId;
    }
}
