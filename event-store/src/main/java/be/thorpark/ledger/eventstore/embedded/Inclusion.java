package be.thorpark.ledger.eventstore.embedded;

import de.bwaldvogel.mongo.bson.Document;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A projection that only names fields to include ({@code {"applied.unit-1": 1}}), as the ledger's
 * views ask when they check what a document has already applied. Anything else (exclusions,
 * operators, a path through an array) is not an inclusion and is left to the server.
 */
final class Inclusion {

    private static final String ID = "_id";
    private static final Inclusion EVERYTHING = new Inclusion(null, true);

    /** The selected paths as a tree: a field maps to null when it is selected whole. */
    private final Map<String, Object> tree;

    private final boolean withId;

    private Inclusion(Map<String, Object> tree, boolean withId) {
        this.tree = tree;
        this.withId = withId;
    }

    /** The inclusion a projection asks for; everything for none; null when it is not one. */
    static Inclusion of(Document projection) {
        if (projection == null || projection.isEmpty()) {
            return EVERYTHING;
        }
        boolean withId = true;
        Map<String, Object> tree = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : projection.entrySet()) {
            String path = entry.getKey();
            Boolean included = flag(entry.getValue());
            if (included == null) {
                return null;
            }
            if (ID.equals(path)) {
                withId = included;
                continue;
            }
            if (!included || path.isEmpty() || path.contains("$") || !select(tree, path)) {
                return null;
            }
        }
        // {_id: 0} alone excludes: everything but the id.
        return tree.isEmpty() && !withId ? null : new Inclusion(tree, withId);
    }

    /** The document as projected, or null when a selected path runs through an array. */
    Document apply(Document document) {
        if (tree == null) {
            return document;
        }
        Document projected = new Document();
        if (withId && document.containsKey(ID)) {
            projected.put(ID, document.get(ID));
        }
        return copy(document, tree, projected) ? projected : null;
    }

    @SuppressWarnings("unchecked")
    private static boolean copy(Document from, Map<String, Object> selected, Document into) {
        // In the order the projection names the fields, as the embedded server answers.
        for (Map.Entry<String, Object> field : selected.entrySet()) {
            String name = field.getKey();
            if (!from.containsKey(name) || (ID.equals(name) && into.containsKey(ID))) {
                continue;
            }
            Object below = field.getValue();
            Object value = from.get(name);
            if (below == null) {
                into.put(name, value);
            } else if (value instanceof Document nested) {
                Document part = new Document();
                if (!copy(nested, (Map<String, Object>) below, part)) {
                    return false;
                }
                into.put(name, part);
            } else if (value instanceof List<?> || value instanceof Object[]) {
                return false;
            }
            // A scalar where a sub-field is asked for: the server leaves the field out too.
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static boolean select(Map<String, Object> tree, String path) {
        String[] parts = path.split("\\.", -1);
        Map<String, Object> level = tree;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty()) {
                return false;
            }
            boolean last = i == parts.length - 1;
            if (level.containsKey(part)) {
                Object below = level.get(part);
                // One path inside another ("a" and "a.b") is a collision the server refuses.
                if (last || below == null) {
                    return false;
                }
                level = (Map<String, Object>) below;
            } else if (last) {
                level.put(part, null);
            } else {
                Map<String, Object> next = new LinkedHashMap<>();
                level.put(part, next);
                level = next;
            }
        }
        return true;
    }

    private static Boolean flag(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue() != 0;
        }
        if (value instanceof Double d) {
            return d != 0;
        }
        return null;
    }
}
