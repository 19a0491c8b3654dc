package be.thorpark.ledger.query.odata;

import java.util.List;
import org.apache.olingo.commons.api.edm.FullQualifiedName;
import org.apache.olingo.commons.api.edm.provider.CsdlAbstractEdmProvider;
import org.apache.olingo.commons.api.edm.provider.CsdlEntityContainer;
import org.apache.olingo.commons.api.edm.provider.CsdlEntityContainerInfo;
import org.apache.olingo.commons.api.edm.provider.CsdlEntitySet;
import org.apache.olingo.commons.api.edm.provider.CsdlEntityType;
import org.apache.olingo.commons.api.edm.provider.CsdlNavigationProperty;
import org.apache.olingo.commons.api.edm.provider.CsdlNavigationPropertyBinding;
import org.apache.olingo.commons.api.edm.provider.CsdlProperty;
import org.apache.olingo.commons.api.edm.provider.CsdlPropertyRef;
import org.apache.olingo.commons.api.edm.provider.CsdlSchema;

/**
 * The feed's schema ({@code $metadata}): one entity type and one entity set per {@link FeedSet}.
 */
final class CampusEdmProvider extends CsdlAbstractEdmProvider {

    static final String NAMESPACE = "CampusLedger";
    static final String CONTAINER_NAME = "Campus";
    static final FullQualifiedName CONTAINER = new FullQualifiedName(NAMESPACE, CONTAINER_NAME);

    private final FeedSets sets;

    CampusEdmProvider(FeedSets sets) {
        this.sets = sets;
    }

    static FullQualifiedName type(FeedSet set) {
        return new FullQualifiedName(NAMESPACE, set.typeName());
    }

    @Override
    public CsdlEntityType getEntityType(FullQualifiedName name) {
        FeedSet set = sets.byType(name);
        if (set == null) {
            return null;
        }
        List<CsdlProperty> properties =
                set.properties().stream()
                        .map(
                                p -> {
                                    CsdlProperty property =
                                            new CsdlProperty()
                                                    .setName(p.name())
                                                    .setType(p.type().getFullQualifiedName())
                                                    .setCollection(p.collection())
                                                    .setNullable(!p.name().equals(set.key()));
                                    if (p.scale() != null) {
                                        property.setScale(p.scale());
                                    }
                                    return property;
                                })
                        .toList();
        List<CsdlNavigationProperty> navigations =
                set.navigations().stream()
                        .map(
                                n ->
                                        new CsdlNavigationProperty()
                                                .setName(n.name())
                                                .setCollection(true)
                                                .setType(type(sets.byName(n.target()))))
                        .toList();
        return new CsdlEntityType()
                .setName(set.typeName())
                .setProperties(properties)
                .setNavigationProperties(navigations)
                .setKey(List.of(new CsdlPropertyRef().setName(set.key())));
    }

    @Override
    public CsdlEntitySet getEntitySet(FullQualifiedName container, String name) {
        if (!CONTAINER.equals(container)) {
            return null;
        }
        FeedSet set = sets.byName(name);
        if (set == null) {
            return null;
        }
        return new CsdlEntitySet()
                .setName(set.name())
                .setType(type(set))
                .setNavigationPropertyBindings(
                        set.navigations().stream()
                                .map(
                                        n ->
                                                new CsdlNavigationPropertyBinding()
                                                        .setPath(n.name())
                                                        .setTarget(n.target()))
                                .toList());
    }

    @Override
    public CsdlEntityContainer getEntityContainer() {
        return new CsdlEntityContainer()
                .setName(CONTAINER_NAME)
                .setEntitySets(
                        sets.all().stream().map(s -> getEntitySet(CONTAINER, s.name())).toList());
    }

    @Override
    public CsdlEntityContainerInfo getEntityContainerInfo(FullQualifiedName name) {
        return name == null || CONTAINER.equals(name)
                ? new CsdlEntityContainerInfo().setContainerName(CONTAINER)
                : null;
    }

    @Override
    public List<CsdlSchema> getSchemas() {
        return List.of(
                new CsdlSchema()
                        .setNamespace(NAMESPACE)
                        .setEntityTypes(
                                sets.all().stream().map(s -> getEntityType(type(s))).toList())
                        .setEntityContainer(getEntityContainer()));
    }
}
