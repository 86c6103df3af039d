package org.entente.notify.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;

import org.entente.notify.AgreementEvents;
import org.entente.notify.NotifyIntegrationTest;
import org.entente.notify.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** An agreement's focal points made stakeholders: one e-mail subscription each, in their language, however often asked. */
class StakeholderEnrolmentIT extends NotifyIntegrationTest {

    private static final String STAKEHOLDERS_ADDED = "entente.agreement.stakeholders-added.v1";

    @Autowired
    MongoTemplate mongo;

    @Test
    void eachFocalPointFollowsTheAgreementOnceByEmailInTheirLanguage() {
        String agreementId = newId();
        String snapshot = AgreementEvents.snapshot(agreementId, 4, "SE-1", List.of("org-fr"), List.of("FR"), List.of(),
                "PUBLIC");
        String added = """
                {"agreement": %s, "stakeholders": [
                  {"name": "Aigul Serikbayeva", "function": null, "email": "a.serikbayeva@example.kz", "phone": null,
                   "language": "kk", "role": "FOCAL_POINT"},
                  {"name": "Jean Dupont", "function": "Chargé de mission", "email": "jean.dupont@example.org",
                   "phone": null, "language": "fr", "role": "FOCAL_POINT"}]}""".formatted(snapshot);

        publish(STAKEHOLDERS_ADDED, agreementId, Instant.now(), added);
        publish(STAKEHOLDERS_ADDED, agreementId, Instant.now(), added.replace("\"version\": 4", "\"version\": 5"));
        publish("entente.agreement.created.v1", agreementId, Instant.now(), AgreementEvents.created(snapshot));
        // One partition per agreement, in order: once the third is on the timeline, the first two were handled.
        await().atMost(WAIT).until(() -> mongo.count(Query.query(where("agreementId").is(agreementId)),
                TimelineEntry.COLLECTION) == 3);

        List<Subscription> subscriptions = mongo.find(Query.query(where("follow.agreementIds").is(agreementId)),
                Subscription.class, Subscription.COLLECTION);
        assertThat(subscriptions).extracting(subscription -> subscription.subscriber().email())
                .containsExactlyInAnyOrder("a.serikbayeva@example.kz", "jean.dupont@example.org");
        assertThat(subscriptions).allSatisfy(subscription -> {
            assertThat(subscription.channels()).containsExactly(Channel.EMAIL);
            assertThat(subscription.rhythm()).isEqualTo(Rhythm.IMMEDIATE);
            assertThat(subscription.active()).isTrue();
        });
        assertThat(subscriptions).filteredOn(subscription -> subscription.subscriber().name().equals("Jean Dupont"))
                .singleElement().satisfies(jean -> assertThat(jean.subscriber().language()).isEqualTo("fr"));
        assertThat(subscriptions).filteredOn(subscription -> subscription.subscriber().name().equals("Aigul Serikbayeva"))
                .singleElement().satisfies(aigul -> assertThat(aigul.subscriber().language()).isEqualTo("en"));
    }
}
