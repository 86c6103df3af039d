package org.entente.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.entente.localstack.test.IntegrationTest;
import org.entente.platform.domain.Refusal;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.outbox.Change;
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
    void anUpdateAtTheVersionReadBumpsTheVersionAndQueuesItsEvent() {
        Agreement agreement = registered();
        Change<Agreement> edited = agreement.edit(details(agreement.details().code(), "Edited"), Instant.now(), "claire");

        Agreement saved = store.update(agreement.id(), 1, edited.aggregate(), edited.events());

        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.details().summary()).isEqualTo("Edited");
        assertThat(store.get(agreement.id()).version()).isEqualTo(2L);
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedAndChangesNothing() {
        Agreement agreement = registered();
        Change<Agreement> first = agreement.edit(details(agreement.details().code(), "First"), Instant.now(), "claire");
        Change<Agreement> second = agreement.edit(details(agreement.details().code(), "Second"), Instant.now(), "claire");
        store.update(agreement.id(), 1, first.aggregate(), first.events());

        assertThatThrownBy(() -> store.update(agreement.id(), 1, second.aggregate(), second.events()))
                .isInstanceOf(StaleVersionException.class);

        Document stored = mongo.findById(agreement.id(), Document.class, "agreements");
        assertThat(stored.getString("summary")).isEqualTo("First");
        assertThat(stored.getLong("version")).isEqualTo(2L);
    }

    @Test
    void aChangeWithoutTheClientsVersionIsRecomputedOnTheFreshState() {
        Agreement agreement = registered();
        Change<Agreement> meanwhile = agreement.edit(details(agreement.details().code(), "Meanwhile"), Instant.now(), "claire");
        store.update(agreement.id(), 1, meanwhile.aggregate(), meanwhile.events());

        Agreement moved = store.change(agreement.id(), null, current -> current.startNegotiation(
                null, java.time.LocalDate.now(), Instant.now()));

        assertThat(moved.version()).isEqualTo(3);
        assertThat(moved.details().summary()).isEqualTo("Meanwhile");
        assertThat(moved.status()).isEqualTo(AgreementStatus.NEGOTIATION);
    }

    @Test
    void aggregatesInsertedTogetherRefuseATakenCodeAloneAndStoreTheOthers() {
        Agreement taken = registered();
        Change<Agreement> first = Agreement.register(details("MANY-" + UUID.randomUUID(), "First"), Instant.now(), "claire");
        Change<Agreement> sameCode = Agreement.register(details(taken.details().code(), "Same code"), Instant.now(), "claire");
        Change<Agreement> last = Agreement.register(details("MANY-" + UUID.randomUUID(), "Last"), Instant.now(), "claire");

        List<Optional<RuntimeException>> refusals = store.insertAll(List.of(first, sameCode, last));

        assertThat(refusals.get(1)).as("the taken code").get().isInstanceOf(Refusal.class)
                .extracting(Throwable::getMessage).asString().contains(taken.id());
        assertThat(List.of(refusals.get(0), refusals.get(2))).as("the others").containsOnly(Optional.empty());
        assertThat(mongo.findById(sameCode.aggregate().id(), Document.class, "agreements")).isNull();
        assertThat(List.of(first, last)).allSatisfy(stored -> assertThat(
                mongo.findById(stored.aggregate().id(), Document.class, "agreements")).isNotNull());
    }

    private Agreement registered() {
        Change<Agreement> change = Agreement.register(details("STORE-" + UUID.randomUUID(), "Registered"), Instant.now(), "claire");
        return store.insert(change.aggregate(), change.events());
    }

    private static Agreement.Details details(String code, String summary) {
        return new Agreement.Details(code, AgreementKind.MOU, Map.of("fr", "Essai", "en", "Test"), summary, List.of(),
                List.of(new Party("org-1", "INSP", "FR", PartyRole.SIGNATORY, null)), null, null, null, null, null,
                Confidentiality.INTERNAL, null);
    }
}
