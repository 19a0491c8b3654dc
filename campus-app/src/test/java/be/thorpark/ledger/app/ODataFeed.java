package be.thorpark.ledger.app;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.olingo.client.api.EdmEnabledODataClient;
import org.apache.olingo.client.api.communication.request.retrieve.ODataEntitySetRequest;
import org.apache.olingo.client.api.communication.response.ODataRetrieveResponse;
import org.apache.olingo.client.api.domain.ClientEntity;
import org.apache.olingo.client.api.domain.ClientEntitySet;
import org.apache.olingo.client.api.domain.ClientProperty;
import org.apache.olingo.client.api.domain.ClientValue;
import org.apache.olingo.client.api.uri.URIBuilder;
import org.apache.olingo.client.core.ODataClientFactory;
import org.apache.olingo.client.core.http.BasicAuthHttpClientFactory;
import org.apache.olingo.commons.api.edm.Edm;
import org.apache.olingo.commons.api.edm.EdmPrimitiveTypeException;
import org.apache.olingo.commons.api.edm.EdmPrimitiveTypeKind;
import org.apache.olingo.commons.api.format.ContentType;

/**
 * Olingo's OData client on the ledger's feed, as a reporting tool uses it: metadata, then pages by
 * next link.
 */
final class ODataFeed {

    /** Every entity of a read and what each page said about itself. */
    record Read(
            List<Map<String, String>> entities, int pages, List<String> positions, Integer count) {}

    private final EdmEnabledODataClient client;
    private final String root;

    ODataFeed(int port, String user, String password) {
        this.root = "http://127.0.0.1:" + port + "/odata";
        this.client = ODataClientFactory.getEdmEnabledClient(root, ContentType.JSON);
        client.getConfiguration()
                .setHttpClientFactory(new BasicAuthHttpClientFactory(user, password));
        client.getConfiguration().setDefaultPubFormat(ContentType.JSON);
    }

    Edm metadata() {
        return client.getEdm(root);
    }

    URIBuilder uri(String entitySet) {
        return client.newURIBuilder(root).appendEntitySetSegment(entitySet);
    }

    /** Follows {@code @odata.nextLink} from the first page to the last. */
    Read readAll(URI first, int pageSize) {
        List<Map<String, String>> entities = new ArrayList<>();
        List<String> positions = new ArrayList<>();
        Integer count = null;
        int pages = 0;
        URI next = first;
        while (next != null) {
            ODataEntitySetRequest<ClientEntitySet> request =
                    client.getRetrieveRequestFactory().getEntitySetRequest(next);
            request.setPrefer("odata.maxpagesize=" + pageSize);
            ODataRetrieveResponse<ClientEntitySet> response = request.execute();
            ClientEntitySet page = response.getBody();
            positions.add(response.getHeader("Event-Position").iterator().next());
            pages++;
            if (page.getCount() != null) {
                count = page.getCount();
            }
            if (page.getEntities().size() > pageSize) {
                throw new AssertionError(
                        "a page of " + page.getEntities().size() + " entities, over " + pageSize);
            }
            page.getEntities().forEach(e -> entities.add(text(e)));
            next = page.getNext();
            if (pages > 10_000) {
                throw new AssertionError("the next links never end");
            }
        }
        return new Read(entities, pages, positions, count);
    }

    /**
     * Every property as the REST API writes it: decimals with two places, dates and instants in
     * ISO-8601.
     */
    static Map<String, String> text(ClientEntity entity) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ClientProperty property : entity.getProperties()) {
            values.put(property.getName(), text(property.getValue()));
        }
        return values;
    }

    private static String text(ClientValue value) {
        if (value == null || (value.isPrimitive() && value.asPrimitive().toValue() == null)) {
            return null;
        }
        if (value.isCollection()) {
            List<String> items = new ArrayList<>();
            value.asCollection().forEach(v -> items.add(text(v)));
            return String.join("|", items);
        }
        if (!value.isPrimitive()) {
            return null;
        }
        EdmPrimitiveTypeKind kind = value.asPrimitive().getTypeKind();
        try {
            return switch (kind) {
                case Decimal ->
                        value.asPrimitive()
                                .toCastValue(BigDecimal.class)
                                .setScale(2, RoundingMode.UNNECESSARY)
                                .toPlainString();
                case DateTimeOffset ->
                        value.asPrimitive().toCastValue(Timestamp.class).toInstant().toString();
                default -> value.asPrimitive().toString();
            };
        } catch (EdmPrimitiveTypeException e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, Map<String, String>> byKey(List<Map<String, String>> entities, String key) {
        return entities.stream()
                .collect(
                        Collectors.toMap(
                                e -> e.get(key),
                                e -> e,
                                (a, b) -> {
                                    throw new AssertionError(
                                            "two entities with the key " + a.get(key));
                                },
                                LinkedHashMap::new));
    }
}
