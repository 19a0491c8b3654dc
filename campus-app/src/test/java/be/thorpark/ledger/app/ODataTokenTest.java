package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reporting tool connects to the OData feed with an API token, as Excel's and Power BI's "From
 * OData feed" do with a bearer header: the token's roles apply as on REST, and a revoked token is
 * refused at once.
 */
class ODataTokenTest extends LedgerAppTest {

    @Test
    void aReportingTokenReadsTheFeedButNotTheHistoryUntilItIsRevoked() {
        LedgerHttp.Response created =
                ops().post("/api/tenants", Campus.tenant("OData Token Reader BV", "START_UP"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        LedgerHttp.Response issued =
                admin().post(
                                "/api/admin/tokens",
                                LedgerHttp.body(
                                        "label",
                                        "power-bi-refresh",
                                        "roles",
                                        List.of("REPORTING")));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        LedgerHttp powerBi = new LedgerHttp(port).bearer(issued.json().get("token").asString());

        LedgerHttp.Response tenants =
                powerBi.get(
                        "/odata/Tenants?$top=1&minPosition=" + created.position(),
                        "Accept",
                        "application/json");
        LedgerHttp.Response history =
                powerBi.get("/odata/Events?$top=1", "Accept", "application/json");
        LedgerHttp.Response revoked =
                admin().delete("/api/admin/tokens/" + issued.json().get("id").asString());
        LedgerHttp.Response afterRevocation =
                powerBi.get("/odata/Tenants?$top=1", "Accept", "application/json");

        assertThat(tenants.status()).as(tenants.toString()).isEqualTo(200);
        assertThat(tenants.json().has("@odata.context")).isTrue();
        assertThat(tenants.json().get("value").size()).isEqualTo(1);
        assertThat(Long.parseLong(tenants.header("Event-Position")))
                .isGreaterThanOrEqualTo(created.position());
        assertThat(history.status()).as("the history is for auditors only").isEqualTo(403);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(afterRevocation.status()).isEqualTo(401);
    }
}
