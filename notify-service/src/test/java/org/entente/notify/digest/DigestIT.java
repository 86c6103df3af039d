package org.entente.notify.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.entente.notify.AgreementEvents;
import org.entente.notify.Fixtures;
import org.entente.notify.Mails;
import org.entente.notify.NotifyIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

class DigestIT extends NotifyIntegrationTest {

    @Autowired
    DigestJob digests;

    String agreementId;
    String snapshot;

    @BeforeEach
    void setUp() {
        agreementId = newId();
        snapshot = AgreementEvents.snapshot(agreementId, 1, "D-1", List.of(newId()), List.of("FR"), List.of(), "PUBLIC");
    }

    @Test
    void aWeeklyDigestGroupsSeveralEventsInOneEmailSentOnceEvenIfTheJobRunsAgain() throws Exception {
        String email = newId() + "@example.org";
        String subscriptionId = subscribe(email, "WEEKLY_DIGEST", "fr");
        for (int i = 0; i < 3; i++) {
            publish("entente.agreement.created.v1", agreementId, Instant.parse("2025-11-14T10:00:00Z").plusSeconds(i),
                    AgreementEvents.created(snapshot));
        }
        await().atMost(WAIT).until(() -> deliveries(subscriptionId, "AWAITING_DIGEST").size() == 3);
        assertThat(mailsTo(email)).isEmpty();

        Instant nextWeek = Instant.now().plus(Duration.ofDays(8));
        digests.run(nextWeek);
        digests.run(nextWeek);
        digests.run(nextWeek.plus(Duration.ofHours(2)));

        await().atMost(WAIT).until(() -> deliveries(subscriptionId, "SENT").size() == 1);
        List<MimeMessage> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).startsWith("[Entente] Votre résumé de la semaine — 3 nouveautés")
                .contains("Mémorandum D-1 (D-1)");
        String text = (String) Mails.alternativePart(mails.get(0))
                .getBodyPart(0).getContent();
        assertThat(text.split("Accord D-1 enregistré", -1)).hasSize(4);
        assertThat(deliveries(subscriptionId, "IN_DIGEST")).hasSize(3);
        assertThat(mails.get(0).getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void whatArrivesAfterADigestWaitsForTheNextPeriod() {
        String email = newId() + "@example.org";
        String subscriptionId = subscribe(email, "DAILY_DIGEST", "en");
        publish("entente.agreement.created.v1", agreementId, Instant.now(), AgreementEvents.created(snapshot));
        await().atMost(WAIT).until(() -> deliveries(subscriptionId, "AWAITING_DIGEST").size() == 1);
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        digests.run(tomorrow);

        publish("entente.agreement.created.v1", agreementId, Instant.now(), AgreementEvents.created(snapshot));
        await().atMost(WAIT).until(() -> deliveries(subscriptionId, "AWAITING_DIGEST").size() == 1);
        digests.run(tomorrow.plus(Duration.ofMinutes(30)));
        assertThat(deliveries(subscriptionId, "AWAITING_DIGEST")).hasSize(1);

        digests.run(tomorrow.plus(Duration.ofDays(1)));
        await().atMost(WAIT).until(() -> deliveries(subscriptionId, "SENT").size() == 2);
        assertThat(mailsTo(email)).hasSize(2);
    }

    private String subscribe(String email, String rhythm, String language) {
        Map<String, Object> body = Fixtures.emailSubscription(newId(), email, language, Map.of("agreementIds", List.of(agreementId)));
        body.put("rhythm", rhythm);
        return Fixtures.create(api, body).get("id").asString();
    }

    private List<JsonNode> deliveries(String subscriptionId, String status) {
        return api.get("/api/deliveries?subscriptionId={s}&status={status}", subscriptionId, status).getBody()
                .get("items").valueStream().toList();
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Mails.to(MAIL, email);
    }
}
