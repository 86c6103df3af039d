package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.entente.events.agreement.AgreementStatus;
import org.junit.jupiter.api.Test;

class AgreementStatusTest {

    @Test
    void terminatedExpiredAndAbandonedAgreementsAreClosed() {
        assertThat(Arrays.stream(AgreementStatus.values()).filter(AgreementStatus::isClosed))
                .containsExactlyInAnyOrder(AgreementStatus.TERMINATED, AgreementStatus.EXPIRED, AgreementStatus.ABANDONED);
    }

    @Test
    void onlyTerminatedAndAbandonedAgreementsAreBrokenOff() {
        assertThat(Arrays.stream(AgreementStatus.values()).filter(AgreementStatus::isBrokenOff))
                .containsExactlyInAnyOrder(AgreementStatus.TERMINATED, AgreementStatus.ABANDONED);
    }

    @Test
    void aStatusThisVersionDoesNotKnowIsNone() {
        assertThat(AgreementStatus.of("ARCHIVED")).isEmpty();
        assertThat(AgreementStatus.of(null)).isEmpty();
        assertThat(AgreementStatus.of("SUSPENDED")).contains(AgreementStatus.SUSPENDED);
    }
}
