package be.thorpark.ledger.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityIdsTest {

    @Test
    void aUnitIdIsDerivedFromBuildingAndCode() {
        assertThat(UnitId.forCode("Phase 1", "LAB-1.02"))
                .isEqualTo(UnitId.of("unit-phase-1-lab-1.02"));
    }

    @Test
    void theSameUnitWrittenDifferentlyGetsTheSameId() {
        assertThat(UnitId.forCode(" phase 1 ", "lab-1.02"))
                .isEqualTo(UnitId.forCode("PHASE  1", "LAB/1.02"));
    }

    @Test
    void aTenantIdIsDerivedFromTheEnterpriseNumberWhateverItsSpelling() {
        assertThat(TenantId.forEnterprise(EnterpriseNumber.parse("BE 0403.170.701")))
                .isEqualTo(TenantId.of("tenant-0403170701"))
                .hasToString("tenant-0403170701");
    }

    @Test
    void randomIdsCarryTheirPrefixAndDiffer() {
        assertThat(LeaseId.random().value()).startsWith("lease-");
        assertThat(ProgrammeId.random().value()).startsWith("programme-");
        assertThat(ReportId.random().value()).startsWith("report-");
        assertThat(DisbursementId.random().value()).startsWith("disbursement-");
        assertThat(MeetingId.random().value()).startsWith("meeting-");
        assertThat(LeaseId.random()).isNotEqualTo(LeaseId.random());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "unit-a",
                "lease-a",
                "Tenant-0403170701",
                "tenant-0403 170701",
                "tenant-../etc"
            })
    void anIdWithTheWrongPrefixOrCharactersIsRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> TenantId.of(text));
    }

    @Test
    void anOverlongIdIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LeaseId.of("lease-" + "a".repeat(80)));
    }

    @Test
    void aMissingIdIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> UnitId.of(null));
    }
}
