package be.thorpark.ledger.query.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.thorpark.ledger.eventstore.MongoLedgerStorageEngine;
import be.thorpark.ledger.query.funding.FundingProjection;
import be.thorpark.ledger.query.jobs.JobsProjection;
import be.thorpark.ledger.query.lease.LeaseProjection;
import be.thorpark.ledger.query.space.SpaceProjection;
import be.thorpark.ledger.query.tenant.TenantProjection;
import be.thorpark.ledger.query.view.ActiveViews;
import be.thorpark.ledger.query.view.EventReplay;
import be.thorpark.ledger.query.view.InMemoryViews;
import be.thorpark.ledger.query.view.Projection;
import be.thorpark.ledger.query.view.TimeTravel;
import be.thorpark.ledger.query.view.ViewEvent;
import be.thorpark.ledger.query.view.ViewWriter;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Over a generated history of 100,000 events: the views maintained event by event (with
 * redeliveries) equal, document for document, the views rebuilt from position 0 into fresh
 * collections, and the views as of several positions equal the incrementally maintained views as
 * they stood at those positions.
 */
class RebuildAndTimeTravelTest {

    static final int EVENTS = 100_000;
    static final Set<Long> CHECKPOINTS = Set.of(1_000L, 25_000L, 60_000L);

    static MongoDatabase database;
    static MongoLedgerStorageEngine engine;
    static List<Projection> projections =
            List.of(
                    new TenantProjection(),
                    new SpaceProjection(),
                    new LeaseProjection(),
                    new JobsProjection(),
                    new FundingProjection());
    static ActiveViews views;
    static Map<Long, Map<String, List<Document>>> seenAt = new LinkedHashMap<>();

    @BeforeAll
    static void incrementallyMaintainedViews() {
        database = InMemoryViews.shared().freshDatabase();
        var serializer = Jackson3Serializer.builder().build();
        engine =
                MongoLedgerStorageEngine.builder()
                        .database(database)
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .build();
        List<DomainEventMessage<?>> history = GeneratedHistory.of(EVENTS);
        for (int from = 0; from < history.size(); from += 1_000) {
            engine.appendEvents(history.subList(from, Math.min(history.size(), from + 1_000)));
        }
        views = new ActiveViews(database, "v1_");
        EventReplay replay = new EventReplay(engine);
        List<ViewEvent> batch = new ArrayList<>();
        replay.replay(
                0,
                EVENTS,
                event -> {
                    batch.add(event);
                    if (batch.size() == 250) {
                        deliver(batch);
                    }
                    if (CHECKPOINTS.contains(event.position())) {
                        deliver(batch);
                        seenAt.put(
                                event.position(),
                                documents(ViewWriterOf.active(views, projections)));
                    }
                });
        deliver(batch);
    }

    /** At-least-once delivery: every batch is applied, and every third one a second time. */
    private static void deliver(List<ViewEvent> batch) {
        for (int round = 0; round < (batch.hashCode() % 3 == 0 ? 2 : 1); round++) {
            for (ViewEvent event : batch) {
                projections.forEach(p -> views.apply(p, event));
            }
        }
        batch.clear();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void aRebuiltViewEqualsTheIncrementallyMaintainedOneDocumentForDocument() {
        Map<String, List<Document>> incremental =
                documents(ViewWriterOf.active(views, projections));
        ViewRebuilds rebuilds =
                new ViewRebuilds(
                        views, new EventReplay(engine), engine, Duration.ZERO, projections);

        RebuildProgress progress = rebuilds.start(List.of());
        await().atMost(Duration.ofMinutes(5)).until(progress::finished);

        assertThat(progress.state())
                .as(String.valueOf(progress.error()))
                .isEqualTo(RebuildProgress.State.DONE);
        assertThat(progress.position()).isEqualTo(EVENTS);
        Map<String, ViewWriter> rebuilt = ViewWriterOf.active(views, projections);
        assertThat(rebuilt.values())
                .allSatisfy(w -> assertThat(w.prefix()).isEqualTo(progress.prefix()));
        Map<String, List<Document>> fresh = documents(rebuilt);
        assertThat(fresh.values().stream().mapToInt(List::size).sum()).isGreaterThan(1_000);
        assertThat(fresh).isEqualTo(incremental);
        assertThat(database.getCollection("v1_" + TenantProjection.TENANTS).countDocuments())
                .isZero();
    }

    @Test
    void theViewsAsOfAPositionEqualTheViewsAsTheyStoodAtThatPosition() {
        TimeTravel timeTravel =
                new TimeTravel(
                        InMemoryViews.shared().client(), new EventReplay(engine), 2, projections);
        try {
            for (long position : CHECKPOINTS) {
                ViewWriter asOf = timeTravel.at(position);
                Map<String, ViewWriter> targets = new LinkedHashMap<>();
                projections.forEach(p -> targets.put(p.name(), asOf));
                assertThat(documents(targets))
                        .as("as of %d", position)
                        .isEqualTo(seenAt.get(position));
            }
        } finally {
            timeTravel.destroy();
        }
    }

    static Map<String, List<Document>> documents(Map<String, ViewWriter> targets) {
        Map<String, List<Document>> all = new LinkedHashMap<>();
        for (Projection projection : projections) {
            for (String collection : projection.collections()) {
                List<Document> docs = new ArrayList<>();
                targets.get(projection.name())
                        .collection(collection)
                        .find()
                        .sort(Sorts.ascending("_id"))
                        .into(docs);
                all.put(collection, docs);
            }
        }
        return all;
    }

    /** The writer each view is active in now. */
    static final class ViewWriterOf {
        static Map<String, ViewWriter> active(ActiveViews views, List<Projection> projections) {
            Map<String, ViewWriter> writers = new LinkedHashMap<>();
            projections.forEach(p -> writers.put(p.name(), views.writer(p.name())));
            return writers;
        }
    }
}
