package be.thorpark.ledger.query.odata;

import be.thorpark.ledger.eventstore.EventLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.olingo.commons.api.edm.FullQualifiedName;

/** Every entity set of the feed, by name and by entity type. */
final class FeedSets {

    private final Map<String, FeedSet> byName = new LinkedHashMap<>();

    FeedSets(EventLog log) {
        List<FeedSet> sets =
                new ArrayList<>(
                        List.of(
                                new TenantsFeed(),
                                new UnitsFeed(),
                                new OccupancyByTypeFeed(),
                                new LeasesFeed(),
                                new LeaseAmendmentsFeed(),
                                new RentRollFeed(),
                                new JobsFeed(),
                                new FundingProgrammesFeed(),
                                new FundingSourcesFeed(),
                                new ReportsFeed(),
                                new DisbursementsFeed(),
                                new MeetingsFeed()));
        sets.addAll(ErdfFeeds.all());
        sets.add(new EventsFeed(log));
        for (FeedSet set : sets) {
            byName.put(set.name(), set);
        }
    }

    List<FeedSet> all() {
        return List.copyOf(byName.values());
    }

    FeedSet byName(String name) {
        return byName.get(name);
    }

    FeedSet byType(FullQualifiedName type) {
        if (!CampusEdmProvider.NAMESPACE.equals(type.getNamespace())) {
            return null;
        }
        return byName.values().stream()
                .filter(s -> s.typeName().equals(type.getName()))
                .findFirst()
                .orElse(null);
    }
}
