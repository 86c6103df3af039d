package org.entente.notify.unsubscribe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsubscribeSettingsTest {

    @Test
    void theReaderGoesToTheConsolesPageWhenItsUrlIsSetAndToTheServiceOtherwise() {
        assertThat(new UnsubscribeSettings("http://localhost:8080/").readerLink("t0k3n", "http://localhost:8083"))
                .isEqualTo("http://localhost:8080/unsubscribe/t0k3n");
        assertThat(new UnsubscribeSettings("").readerLink("t0k3n", "http://localhost:8083"))
                .isEqualTo("http://localhost:8083/api/unsubscribe/t0k3n");
    }
}
