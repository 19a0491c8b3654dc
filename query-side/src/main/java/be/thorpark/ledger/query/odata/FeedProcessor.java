package be.thorpark.ledger.query.odata;

import be.thorpark.ledger.web.http.LedgerHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.olingo.commons.api.data.ContextURL;
import org.apache.olingo.commons.api.data.Entity;
import org.apache.olingo.commons.api.data.EntityCollection;
import org.apache.olingo.commons.api.data.Property;
import org.apache.olingo.commons.api.data.ValueType;
import org.apache.olingo.commons.api.edm.EdmEntitySet;
import org.apache.olingo.commons.api.edm.EdmEntityType;
import org.apache.olingo.commons.api.format.ContentType;
import org.apache.olingo.commons.api.http.HttpHeader;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.OData;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.ODataLibraryException;
import org.apache.olingo.server.api.ODataRequest;
import org.apache.olingo.server.api.ODataResponse;
import org.apache.olingo.server.api.ServiceMetadata;
import org.apache.olingo.server.api.processor.CountEntityCollectionProcessor;
import org.apache.olingo.server.api.processor.EntityProcessor;
import org.apache.olingo.server.api.processor.PrimitiveCollectionProcessor;
import org.apache.olingo.server.api.processor.PrimitiveProcessor;
import org.apache.olingo.server.api.serializer.EntityCollectionSerializerOptions;
import org.apache.olingo.server.api.serializer.EntitySerializerOptions;
import org.apache.olingo.server.api.serializer.SerializerResult;
import org.apache.olingo.server.api.uri.UriInfo;
import org.apache.olingo.server.api.uri.UriParameter;
import org.apache.olingo.server.api.uri.UriResource;
import org.apache.olingo.server.api.uri.UriResourceCount;
import org.apache.olingo.server.api.uri.UriResourceEntitySet;
import org.apache.olingo.server.api.uri.UriResourceNavigation;
import org.apache.olingo.server.api.uri.queryoption.SelectOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the feed's reads: an entity set (or the entities a navigation leads to) page by page, one
 * entity by its key, and {@code /$count}. Every answer states the position it reflects in the
 * {@code Event-Position} header and, in the body, as the annotation {@code @campus.position}.
 * Writes are not part of the feed.
 */
final class FeedProcessor
        implements CountEntityCollectionProcessor,
                EntityProcessor,
                PrimitiveProcessor,
                PrimitiveCollectionProcessor {

    static final String POSITION_ANNOTATION = "@campus.position";
    private static final Logger log = LoggerFactory.getLogger(FeedProcessor.class);

    /**
     * What a URL addresses: the set read, and the set and key it was reached from through a
     * navigation.
     */
    private record Target(
            FeedSet set,
            EdmEntitySet edmSet,
            FeedSet from,
            String navigation,
            String key,
            List<UriParameter> keys) {}

    private interface Work {
        void run() throws ODataApplicationException, ODataLibraryException;
    }

    private final FeedSets sets;
    private final FeedContexts contexts;
    private final FeedReader reader;
    private final FeedRequests requests;
    private OData odata;
    private ServiceMetadata metadata;

    FeedProcessor(FeedSets sets, FeedContexts contexts, FeedReader reader, FeedRequests requests) {
        this.sets = sets;
        this.contexts = contexts;
        this.reader = reader;
        this.requests = requests;
    }

    @Override
    public void init(OData odata, ServiceMetadata metadata) {
        this.odata = odata;
        this.metadata = metadata;
    }

    @Override
    public void readEntityCollection(
            ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType format)
            throws ODataApplicationException, ODataLibraryException {
        guarded(
                () -> {
                    requireJson(format);
                    Target target = target(uriInfo, false);
                    requests.rejectUnsupported(uriInfo);
                    Map<String, String> options =
                            FeedContexts.options(uriInfo.getCustomQueryOptions());
                    FeedContext context =
                            contexts.resolve(
                                    target.from() != null ? target.from() : target.set(), options);
                    int pageSize = requests.pageSize(request, odata, response);
                    FeedQuery query = requests.query(target.set(), uriInfo, pageSize);
                    SkipToken token =
                            uriInfo.getSkipTokenOption() == null
                                    ? null
                                    : SkipToken.decode(uriInfo.getSkipTokenOption().getValue());
                    FeedPage page =
                            reader.page(
                                    target.set(),
                                    source(target, context, uriInfo),
                                    query,
                                    token,
                                    knownSize(target, context));

                    EdmEntityType type = target.edmSet().getEntityType();
                    EntityCollection collection = new EntityCollection();
                    for (FeedRow row : page.rows()) {
                        collection.getEntities().add(entity(target.set(), target.edmSet(), row));
                    }
                    if (page.count() != null) {
                        collection.setCount((int) Math.min(Integer.MAX_VALUE, page.count()));
                    }
                    if (page.next() != null) {
                        collection.setNext(
                                URI.create(
                                        requests.nextLink(
                                                request,
                                                page.next(),
                                                context,
                                                options.containsKey(FeedContexts.DATE)
                                                        || target.set().view() == null)));
                    }
                    SelectOption select = uriInfo.getSelectOption();
                    ContextURL contextUrl =
                            ContextURL.with()
                                    .entitySet(target.edmSet())
                                    .selectList(
                                            odata.createUriHelper()
                                                    .buildContextURLSelectList(type, null, select))
                                    .build();
                    SerializerResult result =
                            odata.createSerializer(format)
                                    .entityCollection(
                                            metadata,
                                            type,
                                            collection,
                                            EntityCollectionSerializerOptions.with()
                                                    .id(
                                                            request.getRawBaseUri()
                                                                    + "/"
                                                                    + target.edmSet().getName())
                                                    .contextURL(contextUrl)
                                                    .select(select)
                                                    .count(uriInfo.getCountOption())
                                                    .build());
                    answer(response, format, result.getContent(), context.position());
                });
    }

    @Override
    public void countEntityCollection(ODataRequest request, ODataResponse response, UriInfo uriInfo)
            throws ODataApplicationException, ODataLibraryException {
        guarded(
                () -> {
                    Target target = target(uriInfo, false);
                    requests.rejectUnsupported(uriInfo);
                    FeedContext context =
                            contexts.resolve(
                                    target.from() != null ? target.from() : target.set(),
                                    FeedContexts.options(uriInfo.getCustomQueryOptions()));
                    FeedQuery query = requests.query(target.set(), uriInfo, 1);
                    FeedQuery counting = new FeedQuery(query.filter(), List.of(), null, 0, true, 1);
                    long count =
                            reader.page(
                                            target.set(),
                                            source(target, context, uriInfo),
                                            counting,
                                            null,
                                            knownSize(target, context))
                                    .count();
                    response.setContent(
                            new ByteArrayInputStream(
                                    Long.toString(count).getBytes(StandardCharsets.UTF_8)));
                    response.setStatusCode(HttpStatusCode.OK.getStatusCode());
                    response.setHeader(
                            HttpHeader.CONTENT_TYPE, ContentType.TEXT_PLAIN.toContentTypeString());
                    response.setHeader(
                            LedgerHeaders.EVENT_POSITION, Long.toString(context.position()));
                });
    }

    @Override
    public void readEntity(
            ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType format)
            throws ODataApplicationException, ODataLibraryException {
        guarded(
                () -> {
                    requireJson(format);
                    Target target = target(uriInfo, true);
                    requests.rejectUnsupported(uriInfo);
                    FeedContext context =
                            contexts.resolve(
                                    target.set(),
                                    FeedContexts.options(uriInfo.getCustomQueryOptions()));
                    Object key = requests.keyValue(target.set(), target.keys());
                    FeedRow found = one(target.set(), context, key);
                    if (found == null) {
                        throw ODataProblems.notFound(
                                "No entity in "
                                        + target.set().name()
                                        + " has the key "
                                        + target.keys().get(0).getText());
                    }
                    EdmEntityType type = target.edmSet().getEntityType();
                    SelectOption select = uriInfo.getSelectOption();
                    ContextURL contextUrl =
                            ContextURL.with()
                                    .entitySet(target.edmSet())
                                    .selectList(
                                            odata.createUriHelper()
                                                    .buildContextURLSelectList(type, null, select))
                                    .suffix(ContextURL.Suffix.ENTITY)
                                    .build();
                    SerializerResult result =
                            odata.createSerializer(format)
                                    .entity(
                                            metadata,
                                            type,
                                            entity(target.set(), target.edmSet(), found),
                                            EntitySerializerOptions.with()
                                                    .contextURL(contextUrl)
                                                    .select(select)
                                                    .build());
                    answer(response, format, result.getContent(), context.position());
                });
    }

    private FeedRow one(FeedSet set, FeedContext context, Object key) {
        Predicate<FeedRow> same =
                row -> row.get(set.key()) != null && Comparison.same(row.get(set.key()), key);
        String cursor =
                set instanceof EventsFeed && key instanceof Long position && position > 0
                        ? Long.toString(position - 1)
                        : null;
        RowSource source = set.rows(context);
        if (source instanceof DocumentRows documents
                && set.scansInKeyOrder()
                && key instanceof String id) {
            // One document per entity in key order: the key is the document's _id, an exact-key
            // read.
            source = documents.only(id);
        }
        try (Stream<FeedRow> rows = source.open(cursor)) {
            return rows.filter(same).findFirst().orElse(null);
        }
    }

    private static RowSource source(Target target, FeedContext context, UriInfo uriInfo)
            throws ODataApplicationException {
        if (target.set() instanceof EventsFeed events && uriInfo.getFilterOption() != null) {
            return events.rows(
                    context,
                    PositionRange.of(uriInfo.getFilterOption().getExpression(), events.key()));
        }
        if (target.from() == null) {
            return target.set().rows(context);
        }
        return target.from().related(target.navigation(), context, target.key());
    }

    private static Long knownSize(Target target, FeedContext context) {
        return target.set() instanceof EventsFeed && target.from() == null
                ? context.position()
                : null;
    }

    private Target target(UriInfo uriInfo, boolean single) throws ODataApplicationException {
        List<UriResource> parts =
                uriInfo.getUriResourceParts().stream()
                        .filter(part -> !(part instanceof UriResourceCount))
                        .toList();
        if (parts.isEmpty() || !(parts.get(0) instanceof UriResourceEntitySet first)) {
            throw ODataProblems.badRequest(
                    "Address an entity set of the feed, such as /odata/Tenants");
        }
        FeedSet set = sets.byName(first.getEntitySet().getName());
        requireRole(set);
        boolean keyed = !first.getKeyPredicates().isEmpty();
        if (parts.size() == 1 && keyed == single) {
            return new Target(
                    set, first.getEntitySet(), null, null, null, first.getKeyPredicates());
        }
        if (!single
                && parts.size() == 2
                && keyed
                && parts.get(1) instanceof UriResourceNavigation navigation) {
            String name = navigation.getProperty().getName();
            EdmEntitySet targetSet =
                    (EdmEntitySet) first.getEntitySet().getRelatedBindingTarget(name);
            FeedSet to = sets.byName(targetSet.getName());
            requireRole(to);
            String key = String.valueOf(requests.keyValue(set, first.getKeyPredicates()));
            return new Target(to, targetSet, set, name, key, List.of());
        }
        throw ODataProblems.badRequest(
                "The feed answers entity sets, single entities by key and one navigation from an"
                        + " entity (such as /odata/Tenants('id')/Leases); select properties with"
                        + " $select");
    }

    private static void requireRole(FeedSet set) throws ODataApplicationException {
        if (set.auditorsOnly() && !FeedRequests.isAuditor()) {
            throw ODataProblems.forbidden(
                    "The event history (" + set.name() + ") is for auditors only");
        }
    }

    private static void requireJson(ContentType format) throws ODataApplicationException {
        if (!format.isCompatible(ContentType.APPLICATION_JSON)) {
            throw ODataProblems.notAcceptable(
                    "The feed answers in JSON (application/json;odata.metadata=minimal)");
        }
    }

    private Entity entity(FeedSet set, EdmEntitySet edmSet, FeedRow row)
            throws ODataLibraryException {
        Entity entity = new Entity();
        for (FeedProperty property : set.properties()) {
            entity.addProperty(
                    new Property(
                            null,
                            property.name(),
                            property.collection()
                                    ? ValueType.COLLECTION_PRIMITIVE
                                    : ValueType.PRIMITIVE,
                            row.get(property.name())));
        }
        entity.setId(URI.create(odata.createUriHelper().buildCanonicalURL(edmSet, entity)));
        return entity;
    }

    /** The serialized answer with the position annotation added right after the context URL. */
    private static void answer(
            ODataResponse response, ContentType format, InputStream content, long position)
            throws ODataApplicationException {
        byte[] body;
        try (content) {
            body = PositionAnnotation.insert(content.readAllBytes(), position);
        } catch (IOException e) {
            throw new ODataApplicationException(
                    "The answer could not be written", 500, java.util.Locale.ROOT);
        }
        response.setContent(new ByteArrayInputStream(body));
        response.setStatusCode(HttpStatusCode.OK.getStatusCode());
        response.setHeader(HttpHeader.CONTENT_TYPE, format.toContentTypeString());
        response.setHeader(LedgerHeaders.EVENT_POSITION, Long.toString(position));
    }

    /**
     * Bad input becomes a 4xx naming it; anything unexpected a 500 whose details stay in the log.
     */
    private static void guarded(Work work) throws ODataApplicationException, ODataLibraryException {
        try {
            work.run();
        } catch (BadFeedQueryException e) {
            throw ODataProblems.badRequest(e.getMessage());
        } catch (ODataApplicationException | ODataLibraryException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("The OData feed could not answer a read", e);
            throw new ODataApplicationException(
                    "The feed could not be read; the ledger's log has the details",
                    HttpStatusCode.INTERNAL_SERVER_ERROR.getStatusCode(),
                    java.util.Locale.ROOT);
        }
    }

    private static ODataApplicationException readOnly() {
        return new ODataApplicationException(
                "The feed is read-only; changes go through the command API",
                HttpStatusCode.METHOD_NOT_ALLOWED.getStatusCode(),
                java.util.Locale.ROOT);
    }

    @Override
    public void createEntity(
            ODataRequest request,
            ODataResponse response,
            UriInfo uriInfo,
            ContentType in,
            ContentType out)
            throws ODataApplicationException {
        throw readOnly();
    }

    @Override
    public void updateEntity(
            ODataRequest request,
            ODataResponse response,
            UriInfo uriInfo,
            ContentType in,
            ContentType out)
            throws ODataApplicationException {
        throw readOnly();
    }

    @Override
    public void deleteEntity(ODataRequest request, ODataResponse response, UriInfo uriInfo)
            throws ODataApplicationException {
        throw readOnly();
    }

    @Override
    public void readPrimitive(
            ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType format)
            throws ODataApplicationException {
        throw ODataProblems.badRequest(
                "Read single properties with $select, such as /odata/Tenants('id')?$select=Name");
    }

    @Override
    public void updatePrimitive(
            ODataRequest request,
            ODataResponse response,
            UriInfo uriInfo,
            ContentType in,
            ContentType out)
            throws ODataApplicationException {
        throw readOnly();
    }

    @Override
    public void deletePrimitive(ODataRequest request, ODataResponse response, UriInfo uriInfo)
            throws ODataApplicationException {
        throw readOnly();
    }

    @Override
    public void readPrimitiveCollection(
            ODataRequest request, ODataResponse response, UriInfo uriInfo, ContentType format)
            throws ODataApplicationException {
        throw ODataProblems.badRequest(
                "Read list properties with $select, such as "
                        + "/odata/SteeringCommitteeMeetings?$select=Participants");
    }

    @Override
    public void updatePrimitiveCollection(
            ODataRequest request,
            ODataResponse response,
            UriInfo uriInfo,
            ContentType in,
            ContentType out)
            throws ODataApplicationException {
        throw readOnly();
    }

    @Override
    public void deletePrimitiveCollection(
            ODataRequest request, ODataResponse response, UriInfo uriInfo)
            throws ODataApplicationException {
        throw readOnly();
    }
}
