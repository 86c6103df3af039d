package org.entente.console.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AgreementFormTest {

    @Test
    void partyRowsAfterTheLastFilledAreLeftOutAndThemesSplit() {
        Map<String, String> form = new HashMap<>();
        form.put("code", " INSP-KZ-2025-01 ");
        form.put("title.fr", "Mémorandum");
        form.put("themes", "leadership, , artificial-intelligence");
        form.put("parties[0].organizationId", "insp");
        form.put("parties[0].role", "SIGNATORY");
        form.put("parties[0].signatory.name", "Maryvonne Le Brignonnen");
        form.put("parties[1].role", "SIGNATORY");
        form.put("parties[2].organizationId", "agency");
        form.put("parties[2].role", "SIGNATORY");
        form.put("parties[3].role", "SIGNATORY");

        Map<String, Object> body = AgreementForm.body(form);

        assertThat(body.get("code")).isEqualTo("INSP-KZ-2025-01");
        assertThat(body.get("title")).isEqualTo(Map.of("fr", "Mémorandum"));
        assertThat(body.get("themes")).isEqualTo(List.of("leadership", "artificial-intelligence"));
        assertThat((List<?>) body.get("parties")).as("the empty middle row is kept, so the service's index matches the form's")
                .hasSize(3);
    }

    @Test
    void whatChangedMeanwhileComparesTheStartingValuesWithTheCurrentOnes() {
        Map<String, String> base = Map.of("summary", "", "code", "INSP-KZ-2025-01");
        Map<String, String> current = Map.of("summary", "Changed by someone else", "code", "INSP-KZ-2025-01");

        assertThat(AgreementForm.changedMeanwhile(base, current)).containsExactly("summary");
    }
}
