package be.thorpark.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.thorpark.ledger.app.history.CampusHistory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated campus histories are told the same way every time, and the ledger accepts every
 * command of them.
 */
class CampusHistoryTest extends LedgerAppTest {

    @Test
    void theSameSeedAndTheSameAnswersTellTheSameHistory() {
        assertThat(told(new CampusHistory(42, 3), 500))
                .isEqualTo(told(new CampusHistory(42, 3), 500));
        assertThat(told(new CampusHistory(42, 3), 50))
                .isNotEqualTo(told(new CampusHistory(43, 3), 50));
    }

    @Test
    void historiesToldAtOnceNeverShareAnEnterpriseNumber() {
        Map<String, Integer> owner = new java.util.HashMap<>();
        List<String> shared = new ArrayList<>();
        for (int campus : new int[] {0, 1, 9, 19, 20, 21, 31, 32, 63, 64, 88, 199}) {
            CampusHistory history = new CampusHistory(11, campus);
            for (int i = 0; i < 3_000; i++) {
                CampusHistory.Command command = history.next();
                if (command.body().get("enterpriseNumber") instanceof String number) {
                    Integer before = owner.putIfAbsent(number, campus);
                    if (before != null && before != campus) {
                        shared.add(number + " by " + before + " and " + campus);
                    }
                }
                history.created("id-" + campus + "-" + i);
            }
        }
        assertThat(owner).hasSizeGreaterThan(1_000);
        assertThat(shared).isEmpty();
        assertThatThrownBy(() -> new CampusHistory(11, 200))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyCommandTypeOfAGeneratedHistoryIsAcceptedByTheLedger() {
        LedgerHttp ops = ops();
        Map<CampusHistory.Kind, Integer> sent = new EnumMap<>(CampusHistory.Kind.class);
        List<String> refused = new ArrayList<>();
        for (int campus = 0; campus < 2; campus++) {
            CampusHistory history = new CampusHistory(7, campus);
            for (int i = 0; i < 40; i++) {
                CampusHistory.Command command = history.next();
                LedgerHttp.Response answer = ops.post(command.path(), command.body());
                sent.merge(command.kind(), 1, Integer::sum);
                if (answer.status() / 100 == 2) {
                    history.created(answer.json().path("id").asString(null));
                } else {
                    history.refused();
                    refused.add(command.kind() + " " + command.path() + " " + answer);
                }
            }
        }
        assertThat(refused).isEmpty();
        assertThat(sent.keySet()).containsExactlyInAnyOrder(CampusHistory.Kind.values());
    }

    private static List<String> told(CampusHistory history, int commands) {
        List<String> told = new ArrayList<>();
        for (int i = 0; i < commands; i++) {
            CampusHistory.Command command = history.next();
            told.add(command.path() + " " + command.body());
            history.created("id-" + i);
        }
        return told;
    }
}
