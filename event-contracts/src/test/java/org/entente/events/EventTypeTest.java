package org.entente.events;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.events.agreement.AgreementCreated;
import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void aTypeNameMustFollowTheNamingScheme() {
        assertThatThrownBy(() -> new EventType("agreement.created", Streams.AGREEMENTS, AgreementCreated.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entente.<aggregate>.<what-happened>.v<n>");
    }
}
