package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.entente.events.action.IndicatorSnapshot;
import org.entente.events.agreement.AgreementCreated;
import org.entente.events.agreement.AgreementSnapshot;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Events published before a field was added still read, as consumers read them: every other field required. */
class AddedLaterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anAgreementEventFromBeforeTheSummaryReadsItAsNull() {
        ObjectNode created = JSON.valueToTree(new AgreementCreated(snapshot("Training of senior officials")));
        ((ObjectNode) created.get("agreement")).remove("summary");

        AgreementCreated read = strict(AgreementCreated.class).readValue(created.toString());

        assertThat(read.agreement().summary()).isNull();
        assertThat(read.agreement().code()).isEqualTo("INSP-KZ-2025-01");
    }

    @Test
    void theSummaryIsReadWhenTheEventCarriesIt() {
        String created = JSON.writeValueAsString(new AgreementCreated(snapshot("Training of senior officials")));

        assertThat(strict(AgreementCreated.class).<AgreementCreated>readValue(created).agreement().summary())
                .isEqualTo("Training of senior officials");
    }

    @Test
    void anyOtherMissingFieldStillMakesTheRecordBroken() {
        ObjectNode created = JSON.valueToTree(new AgreementCreated(snapshot(null)));
        ((ObjectNode) created.get("agreement")).remove("code");

        assertThatThrownBy(() -> strict(AgreementCreated.class).readValue(created.toString()))
                .hasMessageContaining("'code'");
    }

    @Test
    void anIndicatorFromBeforeTheBaselineReadsItAsNoneAndOneWithItKeepsIt() {
        ObjectNode old = JSON.valueToTree(new IndicatorSnapshot("modules", null, 6.0, 2, null, null));
        old.remove("baseline");
        old.remove("baselineDate");
        String current = JSON.writeValueAsString(new IndicatorSnapshot("modules", null, 6.0, 2, 1.0,
                LocalDate.of(2024, 12, 31)));

        IndicatorSnapshot before = strict(IndicatorSnapshot.class).readValue(old.toString());
        IndicatorSnapshot after = strict(IndicatorSnapshot.class).readValue(current);

        assertThat(before.baseline()).isNull();
        assertThat(before.baselineDate()).isNull();
        assertThat(after.baseline()).isEqualTo(1.0);
        assertThat(after.baselineDate()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    /** As the platform's EventReader reads payloads. */
    private static ObjectReader strict(Class<?> type) {
        return JSON.readerFor(type).with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
    }

    private static AgreementSnapshot snapshot(String summary) {
        return new AgreementSnapshot("a-1", 1, "INSP-KZ-2025-01", "MOU", Map.of("en", "Memorandum"), summary,
                List.of("leadership"), "DRAFT", List.of(), null, null, null, null, "PUBLIC", null, null, null, null);
    }
}
