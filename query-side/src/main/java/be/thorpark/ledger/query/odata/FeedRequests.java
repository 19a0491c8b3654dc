package be.thorpark.ledger.query.odata;

import be.thorpark.ledger.web.security.LedgerRole;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.olingo.commons.api.http.HttpHeader;
import org.apache.olingo.server.api.OData;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.ODataRequest;
import org.apache.olingo.server.api.ODataResponse;
import org.apache.olingo.server.api.uri.UriInfo;
import org.apache.olingo.server.api.uri.UriParameter;
import org.apache.olingo.server.api.uri.queryoption.OrderByItem;
import org.apache.olingo.server.api.uri.queryoption.expression.Member;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads the query options of a request into a {@link FeedQuery}, within the feed's limits, and
 * writes next links.
 */
final class FeedRequests {

    static final String SKIP_TOKEN = "$skiptoken";
    static final String MAX_PAGE_SIZE = "odata.maxpagesize";

    private final int pageSize;
    private final int maxPageSize;

    FeedRequests(int pageSize, int maxPageSize) {
        this.pageSize = pageSize;
        this.maxPageSize = maxPageSize;
    }

    void rejectUnsupported(UriInfo uriInfo) throws ODataApplicationException {
        if (uriInfo.getExpandOption() != null) {
            throw ODataProblems.badRequest(
                    "$expand is not supported; follow the navigation instead, such as "
                            + "/odata/Tenants('id')/Leases");
        }
        if (uriInfo.getSearchOption() != null) {
            throw ODataProblems.badRequest("$search is not supported; use $filter with contains()");
        }
        if (uriInfo.getApplyOption() != null) {
            throw ODataProblems.badRequest(
                    "$apply is not supported; aggregate in the reporting tool");
        }
        if (uriInfo.getDeltaTokenOption() != null) {
            throw ODataProblems.badRequest("$deltatoken is not supported; refresh the whole set");
        }
    }

    /**
     * The page size: the client's {@code Prefer: odata.maxpagesize=N} up to the limit, else the
     * default.
     */
    int pageSize(ODataRequest request, OData odata, ODataResponse response)
            throws ODataApplicationException {
        List<String> prefer = request.getHeaders(HttpHeader.PREFER);
        if (prefer == null || prefer.isEmpty()) {
            return pageSize;
        }
        Integer asked;
        try {
            asked = odata.createPreferences(prefer).getMaxPageSize();
        } catch (RuntimeException e) {
            throw ODataProblems.badRequest("Prefer: " + MAX_PAGE_SIZE + " must be a whole number");
        }
        if (asked == null) {
            return pageSize;
        }
        if (asked < 1 || asked > maxPageSize) {
            throw ODataProblems.badRequest(
                    "Prefer: "
                            + MAX_PAGE_SIZE
                            + "="
                            + asked
                            + " is over the limit; pages "
                            + "hold between 1 and "
                            + maxPageSize
                            + " entities");
        }
        response.setHeader(HttpHeader.PREFERENCE_APPLIED, MAX_PAGE_SIZE + "=" + asked);
        return asked;
    }

    FeedQuery query(FeedSet set, UriInfo uriInfo, int pages) throws ODataApplicationException {
        Predicate<FeedRow> filter =
                uriInfo.getFilterOption() == null
                        ? FeedQuery.ALL
                        : FilterCompiler.compile(uriInfo.getFilterOption().getExpression());
        List<FeedQuery.Order> orders = new ArrayList<>();
        if (uriInfo.getOrderByOption() != null) {
            for (OrderByItem item : uriInfo.getOrderByOption().getOrders()) {
                if (!(item.getExpression() instanceof Member member)) {
                    throw ODataProblems.badRequest(
                            "$orderby takes property names, such as $orderby=Name desc");
                }
                String property = FilterCompiler.property(member);
                boolean list =
                        set.properties().stream()
                                .anyMatch(p -> p.name().equals(property) && p.collection());
                if (list) {
                    throw ODataProblems.badRequest(
                            "$orderby: " + property + " is a list and has no order");
                }
                orders.add(new FeedQuery.Order(property, item.isDescending()));
            }
        }
        Integer skip = uriInfo.getSkipOption() == null ? null : uriInfo.getSkipOption().getValue();
        Integer top = uriInfo.getTopOption() == null ? null : uriInfo.getTopOption().getValue();
        boolean count = uriInfo.getCountOption() != null && uriInfo.getCountOption().getValue();
        return new FeedQuery(filter, orders, skip, top, count, pages);
    }

    /** The key in an entity's URL as the value its key property holds. */
    Object keyValue(FeedSet set, List<UriParameter> keys) throws ODataApplicationException {
        if (keys.size() != 1) {
            throw ODataProblems.badRequest(set.name() + " has one key property, " + set.key());
        }
        String text = keys.get(0).getText();
        if (text == null) {
            throw ODataProblems.badRequest("The key of " + set.name() + " must be a literal value");
        }
        if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
            return text.substring(1, text.length() - 1).replace("''", "'");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ODataProblems.badRequest(
                    "The key " + text + " is not a value of " + set.name() + "." + set.key());
        }
    }

    /**
     * The same request with {@code $skiptoken} for the next page; {@code $skip} has been used up by
     * the first page. The business date is pinned, so a page read after midnight counts the same
     * day as the first.
     */
    String nextLink(ODataRequest request, SkipToken next, FeedContext context, boolean dateFixed) {
        StringBuilder query = new StringBuilder();
        String raw = request.getRawQueryPath();
        if (raw != null && !raw.isEmpty()) {
            for (String part : raw.split("&")) {
                String name = URLDecoder.decode(part.split("=", 2)[0], StandardCharsets.UTF_8);
                if (part.isEmpty() || name.equals(SKIP_TOKEN) || name.equals("$skip")) {
                    continue;
                }
                query.append(query.isEmpty() ? "" : "&").append(part);
            }
        }
        if (!dateFixed) {
            query.append(query.isEmpty() ? "" : "&")
                    .append(FeedContexts.DATE)
                    .append('=')
                    .append(context.date());
        }
        query.append(query.isEmpty() ? "" : "&")
                .append(SKIP_TOKEN)
                .append('=')
                .append(next.encode());
        return request.getRawBaseUri() + request.getRawODataPath() + "?" + query;
    }

    static boolean isAuditor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(
                                a ->
                                        ("ROLE_" + LedgerRole.AUDITOR.name())
                                                .equals(a.getAuthority()));
    }
}
