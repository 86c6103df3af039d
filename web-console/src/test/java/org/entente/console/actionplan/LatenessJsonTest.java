package org.entente.console.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The console takes why an item is late from actions-service's answer, which holds the rule. */
class LatenessJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anItemReadsWhyItIsLateAndNullMeansNotLate() {
        ActionItem waiting = json.readValue("""
                {"id": "2", "version": 1, "reference": "KZ-3", "status": "PLANNED", "percentComplete": 0,
                 "lateness": {"overdue": true, "blocked": false, "waitingOn": ["KZ-1"]}}""", ActionItem.class);
        ActionItem onTime = json.readValue("""
                {"id": "3", "version": 1, "reference": "KZ-4", "status": "PLANNED", "percentComplete": 0,
                 "lateness": null}""", ActionItem.class);

        assertThat(waiting.lateness()).isEqualTo(new Lateness(true, false, List.of("KZ-1")));
        assertThat(waiting.lateness().late()).isTrue();
        assertThat(onTime.lateness()).isEqualTo(Lateness.NONE);
        assertThat(onTime.lateness().late()).isFalse();
    }
}
