package org.entente.notify.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;

import org.entente.localstack.test.TestEvents;
import org.entente.notify.AgreementEvents;
import org.entente.notify.NotifyIntegrationTest;
import org.entente.notify.delivery.Delivery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The approver of the step that waits hears of it (in-app and e-mail) without having followed
 * anything, once per step however often the event comes; nobody is told of a step that waits
 * for no one. The MOU chain's approvers (lea, then daniel) are in notify's settings.
 */
class ApprovalNotificationIT extends NotifyIntegrationTest {

    static final String SUBMITTED = "entente.agreement.review-submitted.v1";
    static final String APPROVED = "entente.agreement.review-approved.v1";
    static final String CHANGES_REQUESTED = "entente.agreement.review-changes-requested.v1";

    @Autowired
    MongoTemplate mongo;

    @Test
    void eachStepsApproverIsNotifiedExactlyOnceInAppAndByEmail() {
        String agreementId = newId();
        String snapshot = AgreementEvents.snapshot(agreementId, 3, "INSP-KZ-1", List.of(newId(), newId()),
                List.of("FR", "KZ"), List.of("leadership"), "PUBLIC");
        String submitted = newId();
        var submission = TestEvents.cloudEvent(agreementsTopic, submitted, SUBMITTED, agreementId, Instant.now(),
                "{\"agreement\": " + snapshot + ", \"review\": " + review("OPEN", "PENDING", "PENDING") + "}");
        String approved = newId();
        var approval = TestEvents.cloudEvent(agreementsTopic, approved, APPROVED, agreementId, Instant.now(),
                "{\"agreement\": " + snapshot + ", \"review\": " + review("OPEN", "APPROVED", "PENDING")
                        + ", \"step\": \"legal\", \"approvedBy\": \"lea\", \"comment\": null}");
        String sentBack = publish(CHANGES_REQUESTED, agreementId, Instant.now(), "{\"agreement\": " + snapshot
                + ", \"review\": " + review("CHANGES_REQUESTED", "APPROVED", "CHANGES_REQUESTED")
                + ", \"step\": \"director\", \"requestedBy\": \"daniel\", \"comment\": \"Article 3\"}");

        send(submission);
        send(submission); // redelivered: nobody hears of it twice
        send(approval);
        send(approval);

        await().atMost(WAIT).until(() -> channels(approved, "daniel").size() == 2 && channels(submitted, "lea").size() == 2);
        assertThat(channels(submitted, "lea")).containsExactlyInAnyOrder("IN_APP", "EMAIL");
        assertThat(channels(submitted, "daniel")).isEmpty();
        assertThat(channels(approved, "daniel")).containsExactlyInAnyOrder("IN_APP", "EMAIL");
        assertThat(channels(approved, "lea")).isEmpty();
        assertThat(channels(sentBack, "lea")).isEmpty();
        assertThat(channels(sentBack, "daniel")).isEmpty();
    }

    private static String review(String status, String legal, String director) {
        return """
                {"status": "%s", "submittedBy": "claire", "textVersion": 3, "steps": [
                  {"name": "legal", "user": "lea", "role": null, "decision": "%s", "decidedBy": null, "comment": null},
                  {"name": "director", "user": "daniel", "role": null, "decision": "%s", "decidedBy": null, "comment": null}]}
                """.formatted(status, legal, director);
    }

    private List<String> channels(String eventId, String subscriberId) {
        return mongo.find(Query.query(where("eventIds").is(eventId).and("subscriberId").is(subscriberId)),
                Delivery.class, Delivery.COLLECTION).stream().map(delivery -> delivery.channel().name()).toList();
    }
}
