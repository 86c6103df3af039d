package org.entente.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.entente.events.EventCatalog;
import org.entente.events.agreement.AgreementCreated;
import org.entente.localstack.test.IntegrationTest;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.outbox.NewEvent;
import org.entente.platform.outbox.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The outbox write: state and events in one document, guarded by the version read. */
@IntegrationTest
class AgreementStoreIT {

    @Autowired
    AggregateStore<Agreement> store;

    @Autowired
    MongoTemplate mongo;

    @Test
    void anUpdateAtTheVersionReadBumpsTheVersionAndQueuesItsEvents() {
        Agreement agreement = registered();

        Agreement renamed = store.update(agreement.id(), 1, withCode(agreement, agreement.code() + "-R"),
                List.of(event(agreement)));

        assertThat(renamed.version()).isEqualTo(2);
        assertThat(renamed.code()).endsWith("-R");
        assertThat(store.findById(agreement.id())).get().extracting(Agreement::version).isEqualTo(2L);
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedAndChangesNothing() {
        Agreement agreement = registered();
        store.update(agreement.id(), 1, withCode(agreement, agreement.code() + "-FIRST"), List.of());

        assertThatThrownBy(() -> store.update(agreement.id(), 1, withCode(agreement, agreement.code() + "-SECOND"),
                List.of(event(agreement))))
                .isInstanceOf(StaleVersionException.class);

        Document stored = mongo.findById(agreement.id(), Document.class, "agreements");
        assertThat(stored.getString("code")).endsWith("-FIRST");
        assertThat(stored.getLong("version")).isEqualTo(2L);
    }

    private Agreement registered() {
        Agreement.Change change = Agreement.register("STORE-" + UUID.randomUUID(), Map.of("en", "Store test"),
                List.of(new Party(null, "INSP", "FR", PartyRole.SIGNATORY)), Instant.now());
        return store.insert(change.agreement(), change.events());
    }

    private static Agreement withCode(Agreement agreement, String code) {
        return new Agreement(agreement.id(), agreement.version(), code, agreement.title(), agreement.status(),
                agreement.parties(), agreement.createdAt(), Instant.now());
    }

    private static NewEvent event(Agreement agreement) {
        return new NewEvent(EventCatalog.AGREEMENT_CREATED, agreement.id(), new AgreementCreated(agreement.id(),
                agreement.version(), agreement.code(), agreement.title(), agreement.status().name(), List.of()));
    }
}
