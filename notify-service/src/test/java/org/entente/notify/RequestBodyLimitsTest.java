package org.entente.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.localstack.test.RequestBodyLimits;
import org.junit.jupiter.api.Test;

/** Every string, list and map a request body of this service takes has a length limit. */
class RequestBodyLimitsTest {

    @Test
    void everyRequestBodyFieldHasALimit() {
        assertThat(RequestBodyLimits.unboundedIn("org.entente.notify")).as("request body fields without @Size").isEmpty();
    }
}
