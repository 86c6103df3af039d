package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The INSP–Kazakhstan memorandum from first contact to its action plan, over HTTP only,
 * followed by a webhook subscriber and an e-mail subscriber: the timeline tells the whole
 * story in order and each subscriber gets each notification exactly once. Signed without the
 * MOU approval chain: agreements-service's AgreementReviewIT walks the memorandum through it.
 */
@SystemTest.ServiceEnvironment("ENTENTE_REVIEW_CHAINS_MOU=")
class StorySystemIT extends SystemTest {

    final WebhookReceiver receiver = WebhookReceiver.answering2xx();

    @AfterEach
    void stopTheReceiver() {
        receiver.close();
    }

    @Test
    void theMemorandumsWholeStoryIsInItsTimelineAndEachSubscriberHearsOfEachStepOnce() {
        String secret = "whsec_" + Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        String webhookSubscription = created(post("notify-service", "/api/subscriptions", """
                {"subscriber": {"id": "kz-focal-point", "name": "Aigerim Bekova", "language": "en", "timeZone": "Asia/Almaty"},
                 "follow": {"countries": ["KZ"]}, "channels": ["WEBHOOK"],
                 "webhook": {"url": "%s", "secret": "%s"}}""".formatted(receiver.url(), secret)));
        String emailSubscription = created(post("notify-service", "/api/subscriptions", """
                {"subscriber": {"id": "claire", "name": "Claire Martin", "email": "claire.martin@example.org",
                                "language": "fr", "timeZone": "Europe/Paris"},
                 "follow": {"countries": ["KZ"]}, "channels": ["EMAIL"]}"""));

        String insp = organization("Institut national du service public", "FR");
        String agency = organization("Agency for Civil Service Affairs of the Republic of Kazakhstan", "KZ");
        String mou = created(post("agreements-service", "/api/agreements", memorandum("INSP-KZ-2025-01", insp, agency)));
        move(mou, "{\"status\": \"NEGOTIATION\"}");
        move(mou, "{\"status\": \"SIGNED\", \"on\": \"2025-11-14\", \"place\": \"Paris\"}");
        created(post("agreements-service", "/api/agreements/" + mou + "/delegations", """
                {"direction": "INCOMING", "hostOrganizationId": "%s", "visitingOrganizationId": "%s",
                 "leader": {"name": "Darkhan Zhazykbay", "title": "Chairman"},
                 "startDate": "2025-11-14", "endDate": "2025-11-14", "city": "Paris", "country": "FR",
                 "purpose": "Signing of the memorandum"}""".formatted(insp, agency)));
        move(mou, "{\"status\": \"ACTIVE\"}");
        String training = created(post("actions-service", "/api/agreements/" + mou + "/actions", """
                {"reference": "KZ-1", "title": "Leadership training for senior officials", "category": "TRAINING",
                 "dueDate": "2026-12-31", "indicators": [{"name": "senior officials trained", "unit": "officials", "target": 40}]}"""));
        assertThat(post("actions-service", "/api/actions/" + training + "/status", "{\"status\": \"IN_PROGRESS\"}").status())
                .isEqualTo(200);
        assertThat(post("actions-service", "/api/actions/" + training + "/progress", """
                {"note": "First cohort trained", "percentComplete": 50,
                 "indicatorValues": [{"name": "senior officials trained", "value": 20}]}""").status()).isEqualTo(201);

        List<String> story = List.of("entente.agreement.created.v1", "entente.agreement.status-changed.v1",
                "entente.agreement.status-changed.v1", "entente.delegation.scheduled.v1",
                "entente.agreement.status-changed.v1", "entente.action.created.v1", "entente.action.status-changed.v1",
                "entente.action.progress-recorded.v1");
        List<JsonNode> entries = await().atMost(Duration.ofSeconds(60)).until(() -> timeline(mou),
                found -> found.size() >= story.size());
        assertThat(entries).extracting(entry -> entry.get("type").asString()).containsExactlyElementsOf(story);

        // Following Kazakhstan, the subscribers also hear of the Kazakh agency's registration.
        List<String> followed = new ArrayList<>(story);
        followed.add("entente.organization.registered.v1");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(statuses(webhookSubscription)).as("webhook deliveries").hasSize(followed.size())
                    .allMatch(status -> status.startsWith("SENT"));
            assertThat(statuses(emailSubscription)).as("e-mail deliveries").hasSize(followed.size())
                    .allMatch(status -> status.startsWith("SENT"));
            assertThat(receiver.calls()).as("webhook calls").hasSizeGreaterThanOrEqualTo(followed.size());
        });
        assertThat(receiver.webhookIds()).as("webhook ids").doesNotHaveDuplicates().hasSize(followed.size());
        assertThat(receiver.calls()).extracting(WebhookReceiver.Call::type).containsExactlyInAnyOrderElementsOf(followed);
    }

    private static void move(String agreementId, String request) {
        Answer moved = post("agreements-service", "/api/agreements/" + agreementId + "/status", request);
        assertThat(moved.status()).as(String.valueOf(moved.body())).isEqualTo(200);
    }

    private static List<JsonNode> deliveries(String subscriptionId) {
        List<JsonNode> deliveries = new ArrayList<>();
        send("notify-service", "GET", "/api/deliveries?size=100&subscriptionId=" + subscriptionId, null)
                .body().get("items").forEach(deliveries::add);
        return deliveries;
    }

    /** Each delivery's type, status and last error: what a failure message should show. */
    private static List<String> statuses(String subscriptionId) {
        return deliveries(subscriptionId).stream().map(delivery -> delivery.get("status").asString()
                + " " + delivery.get("eventType").asString()
                + (delivery.get("status").asString().equals("SENT") ? "" : " " + delivery.get("lastError"))).toList();
    }
}
