package org.entente.platform.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.entente.events.agreement.AgreementSnapshot;
import org.entente.events.agreement.PartySnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a replica learns from a snapshot, and what its status means, with no Spring context. */
class AgreementReplicaTest {

    static final Instant LEARNT = Instant.parse("2025-11-14T10:00:00Z");

    @Test
    void aSnapshotGivesEachPartysOrganizationAndCountryOnce() {
        AgreementReplica replica = AgreementReplica.of(snapshot("ACTIVE", List.of(
                new PartySnapshot("o1", "INSP", "FR", "SIGNATORY", null, null),
                new PartySnapshot("o2", "ENA", "FR", "SIGNATORY", null, null),
                new PartySnapshot(null, "Unregistered", null, "WITNESS", null, null))), LEARNT);

        assertThat(replica.organizationIds()).containsExactly("o1", "o2");
        assertThat(replica.countries()).containsExactly("FR");
        assertThat(replica.updatedAt()).isEqualTo(LEARNT);
        assertThat(replica.expiresOn()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(replica.noticeDeadline()).isEqualTo(LocalDate.of(2029, 10, 3));
    }

    @ParameterizedTest
    @CsvSource({"ACTIVE,false,false", "SUSPENDED,false,false", "EXPIRED,true,false", "TERMINATED,true,true",
            "ABANDONED,true,true", "ARCHIVED,false,false"})
    void theStatusSaysWhetherTheAgreementIsClosedOrBrokenOff(String status, boolean closed, boolean brokenOff) {
        AgreementReplica replica = AgreementReplica.of(snapshot(status, List.of()), LEARNT);

        assertThat(replica.isClosed()).isEqualTo(closed);
        assertThat(replica.isBrokenOff()).isEqualTo(brokenOff);
    }

    @Test
    void theTitleIsInTheReadersLanguageElseAnyElseTheCode() {
        assertThat(AgreementReplica.of(snapshot("ACTIVE", List.of()), LEARNT).title("fr")).isEqualTo("Mémorandum");
        assertThat(AgreementReplica.of(snapshot("ACTIVE", List.of()), LEARNT).title("de")).isEqualTo("Mémorandum");
        assertThat(new AgreementReplica("a-1", 1, "M-1", Map.of(), "ACTIVE", List.of(), "PUBLIC", null, List.of(),
                List.of(), null, null, LEARNT, null, "MOU", null, List.of(), null, List.of()).title("en")).isEqualTo("M-1");
    }

    private static AgreementSnapshot snapshot(String status, List<PartySnapshot> parties) {
        return new AgreementSnapshot("a-1", 3, "M-1", "MOU", Map.of("fr", "Mémorandum"), null, List.of("leadership"), status,
                parties, null, null, null, LocalDate.of(2030, 1, 1), "PUBLIC", null, null, null,
                LocalDate.of(2029, 10, 3));
    }
}
