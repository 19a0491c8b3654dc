package be.thorpark.ledger.query.replay;

import static org.assertj.core.api.Assertions.assertThat;

import be.thorpark.ledger.eventstore.MongoLedgerStorageEngine;
import be.thorpark.ledger.query.funding.FundingProjection;
import be.thorpark.ledger.query.jobs.JobsProjection;
import be.thorpark.ledger.query.lease.LeaseProjection;
import be.thorpark.ledger.query.space.SpaceProjection;
import be.thorpark.ledger.query.tenant.TenantProjection;
import be.thorpark.ledger.query.view.EventReplay;
import be.thorpark.ledger.query.view.InMemoryViews;
import be.thorpark.ledger.query.view.Projection;
import be.thorpark.ledger.query.view.TimeTravel;
import be.thorpark.ledger.query.view.ViewWriter;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Answers that start from a checkpoint equal, document for document, the views replayed from
 * position 0 to the same position, whatever order the positions are asked in and whether they are
 * asked at once.
 */
class TimeTravelCheckpointTest {

    static final int EVENTS = 3_000;
    static final List<Projection> PROJECTIONS =
            List.of(
                    new TenantProjection(),
                    new SpaceProjection(),
                    new LeaseProjection(),
                    new JobsProjection(),
                    new FundingProjection());

    static MongoLedgerStorageEngine engine;
    static TimeTravel fullReplay;

    @BeforeAll
    static void history() {
        var serializer = Jackson3Serializer.builder().build();
        engine =
                MongoLedgerStorageEngine.builder()
                        .database(InMemoryViews.shared().freshDatabase())
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .build();
        List<DomainEventMessage<?>> history = GeneratedHistory.of(EVENTS);
        for (int from = 0; from < history.size(); from += 500) {
            engine.appendEvents(history.subList(from, Math.min(history.size(), from + 500)));
        }
        fullReplay =
                new TimeTravel(
                        InMemoryViews.shared().client(),
                        new EventReplay(engine),
                        16,
                        PROJECTIONS,
                        0,
                        1);
    }

    @AfterAll
    static void close() {
        fullReplay.destroy();
        engine.close();
    }

    @Test
    void answersStartedFromTheNearestCheckpointEqualAReplayFromTheStart() {
        TimeTravel checkpointed =
                new TimeTravel(
                        InMemoryViews.shared().client(),
                        new EventReplay(engine),
                        1,
                        PROJECTIONS,
                        400,
                        64);
        try {
            // The latest first leaves checkpoints at 400, 800, ... behind; the others start from
            // one of them, or,
            // before the first, from position 0; one lies exactly on a checkpoint.
            for (long position : List.of(2_999L, 1_234L, 2_000L, 401L, 17L, 2_999L)) {
                assertThat(documents(checkpointed.at(position)))
                        .as("as of %d", position)
                        .isEqualTo(documents(fullReplay.at(position)));
            }
        } finally {
            checkpointed.destroy();
        }
    }

    @Test
    void checkpointsThinnedOutStillGiveTheSameAnswers() {
        TimeTravel thinned =
                new TimeTravel(
                        InMemoryViews.shared().client(),
                        new EventReplay(engine),
                        1,
                        PROJECTIONS,
                        100,
                        3);
        try {
            for (long position : List.of(2_500L, 950L, 2_501L)) {
                assertThat(documents(thinned.at(position)))
                        .as("as of %d", position)
                        .isEqualTo(documents(fullReplay.at(position)));
            }
        } finally {
            thinned.destroy();
        }
    }

    @Test
    void differentPositionsAskedAtOnceAreEachAnsweredExactly() throws Exception {
        TimeTravel checkpointed =
                new TimeTravel(
                        InMemoryViews.shared().client(),
                        new EventReplay(engine),
                        8,
                        PROJECTIONS,
                        300,
                        64);
        ExecutorService askers = Executors.newFixedThreadPool(4);
        try {
            List<Long> positions = List.of(2_800L, 1_500L, 2_800L, 650L);
            List<Future<Map<String, List<Document>>>> answers = new ArrayList<>();
            for (long position : positions) {
                answers.add(askers.submit(() -> documents(checkpointed.at(position))));
            }
            for (int i = 0; i < positions.size(); i++) {
                assertThat(answers.get(i).get())
                        .as("as of %d", positions.get(i))
                        .isEqualTo(documents(fullReplay.at(positions.get(i))));
            }
        } finally {
            askers.shutdown();
            checkpointed.destroy();
        }
    }

    private static Map<String, List<Document>> documents(ViewWriter target) {
        Map<String, List<Document>> all = new LinkedHashMap<>();
        for (Projection projection : PROJECTIONS) {
            for (String collection : projection.collections()) {
                List<Document> docs = new ArrayList<>();
                target.collection(collection).find().sort(Sorts.ascending("_id")).into(docs);
                all.put(collection, docs);
            }
        }
        assertThat(all.values().stream().mapToInt(List::size).sum()).isPositive();
        return all;
    }
}
