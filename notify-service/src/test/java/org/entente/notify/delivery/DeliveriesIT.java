package org.entente.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.entente.notify.AgreementEvents;
import org.entente.notify.Fixtures;
import org.entente.notify.Mails;
import org.entente.notify.NotifyIntegrationTest;
import org.entente.notify.WebhookReceiver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DeliveriesIT extends NotifyIntegrationTest {

    static final String CREATED = "entente.agreement.created.v1";

    final JsonMapper json = JsonMapper.builder().build();
    @Autowired
    MongoTemplate mongo;
    String agreementId;
    String snapshot;

    @BeforeEach
    void setUp() {
        agreementId = newId();
        snapshot = AgreementEvents.snapshot(agreementId, 1, "INSP-KZ-2025-01", List.of(newId(), newId()),
                List.of("FR", "KZ"), List.of("leadership"), "PUBLIC");
    }

    @Test
    void anEmailHasTextAndHtmlPartsASubjectNamingTheAgreementAndOneClickUnsubscribeHeaders() throws Exception {
        String email = newId() + "@example.org";
        JsonNode subscription = Fixtures.create(api, Fixtures.emailSubscription(newId(), email, "fr",
                Map.of("agreementIds", List.of(agreementId))));

        publish(CREATED, agreementId, Instant.now(), AgreementEvents.created(snapshot));

        MimeMessage message = await().atMost(WAIT).until(() -> mailTo(email), found -> found != null);
        assertThat(message.getSubject()).contains("Mémorandum INSP-KZ-2025-01 (INSP-KZ-2025-01)")
                .contains("Accord INSP-KZ-2025-01 enregistré");
        Multipart alternative = Mails.alternativePart(message);
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) alternative.getBodyPart(0).getContent()).contains("Bonjour Aigerim Bekova")
                .contains("Se désabonner");
        assertThat((String) alternative.getBodyPart(1).getContent()).contains("<html lang=\"fr\">")
                .contains("Accord INSP-KZ-2025-01 enregistré");
        String unsubscribe = message.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).isEqualTo("<" + subscription.get("unsubscribeUrl").asString() + ">");
        assertThat(message.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        // The header works: a one-click POST to its address stops the subscription, no login.
        String path = unsubscribe.substring(unsubscribe.indexOf("/api/unsubscribe/"), unsubscribe.length() - 1);
        var clicked = api.send(org.springframework.http.HttpMethod.POST, path,
                org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED, "List-Unsubscribe=One-Click", headers -> { });
        assertThat(clicked.getStatusCode().value()).isEqualTo(200);
        assertThat(api.get("/api/subscriptions/{id}", subscription.get("id").asString()).getBody()
                .get("active").asBoolean()).isFalse();
    }

    @Test
    void aWebhookCarriesTheCloudEventSignedWithTheSubscriptionsSecret() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(request -> 204)) {
            Fixtures.create(api, Fixtures.webhookSubscription(newId(), receiver.url(),
                    Map.of("agreementIds", List.of(agreementId))));

            String eventId = publish(CREATED, agreementId, Instant.parse("2025-11-14T10:00:00Z"),
                    AgreementEvents.created(snapshot));

            await().atMost(WAIT).until(() -> !receiver.received().isEmpty());
            WebhookReceiver.Received request = receiver.received().get(0);
            String id = request.headers().get("webhook-id");
            String timestamp = request.headers().get("webhook-timestamp");
            assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
            assertThat(request.headers().get("webhook-signature")).isEqualTo("v1," + hmac(id + "." + timestamp + "." + request.body()));
            JsonNode cloudEvent = json.readTree(request.body());
            assertThat(cloudEvent.get("specversion").asString()).isEqualTo("1.0");
            assertThat(cloudEvent.get("id").asString()).isEqualTo(eventId);
            assertThat(cloudEvent.get("type").asString()).isEqualTo(CREATED);
            assertThat(cloudEvent.get("subject").asString()).isEqualTo(agreementId);
            assertThat(cloudEvent.get("time").asString()).isEqualTo("2025-11-14T10:00:00Z");
            assertThat(cloudEvent.get("data").get("agreement").get("code").asString()).isEqualTo("INSP-KZ-2025-01");
            assertThat(request.headers().get("content-type")).startsWith("application/cloudevents+json");
        }
    }

    @Test
    void aReceiverThatFailsThreeTimesGetsTheSameWebhookIdUntilItSucceedsAndTheDeliveryEndsSent() {
        try (WebhookReceiver receiver = new WebhookReceiver(request -> request <= 3 ? 500 : 200)) {
            String subscriptionId = Fixtures.create(api, Fixtures.webhookSubscription(newId(), receiver.url(),
                    Map.of("agreementIds", List.of(agreementId)))).get("id").asString();

            publish(CREATED, agreementId, Instant.now(), AgreementEvents.created(snapshot));

            await().atMost(WAIT).until(() -> deliveries(subscriptionId, "SENT").size() == 1);
            assertThat(receiver.received()).hasSize(4);
            assertThat(receiver.received()).extracting(request -> request.headers().get("webhook-id")).containsOnly(
                    receiver.received().get(0).headers().get("webhook-id"));
            JsonNode delivery = deliveries(subscriptionId, "SENT").get(0);
            assertThat(delivery.get("attempts").asInt()).isEqualTo(4);
            assertThat(delivery.get("id").asString()).isEqualTo(receiver.received().get(0).headers().get("webhook-id"));
            assertThat(delivery.get("lastError").asString()).contains("500");
        }
    }

    @Test
    void aDeliveryThatKeepsFailingEndsDeadAndIsRevivedByHand() {
        try (WebhookReceiver receiver = new WebhookReceiver(request -> 503)) {
            String subscriptionId = Fixtures.create(api, Fixtures.webhookSubscription(newId(), receiver.url(),
                    Map.of("agreementIds", List.of(agreementId)))).get("id").asString();
            publish(CREATED, agreementId, Instant.now(), AgreementEvents.created(snapshot));

            await().atMost(WAIT).until(() -> deliveries(subscriptionId, "DEAD").size() == 1);
            JsonNode dead = deliveries(subscriptionId, "DEAD").get(0);
            assertThat(dead.get("attempts").asInt()).isEqualTo(5); // entente.delivery.max-attempts in tests
            assertThat(dead.get("lastError").asString()).contains("503");
            assertThat(receiver.received()).hasSize(5);

            receiver.answer(request -> 200);
            var revived = api.post("/api/deliveries/" + dead.get("id").asString() + "/retry", null);
            assertThat(revived.getStatusCode().value()).isEqualTo(200);

            await().atMost(WAIT).until(() -> deliveries(subscriptionId, "SENT").size() == 1);
            assertThat(receiver.received()).hasSize(6);
            assertThat(api.post("/api/deliveries/" + dead.get("id").asString() + "/retry", null).getStatusCode().value())
                    .isEqualTo(409);
            assertThat(api.post("/api/deliveries/nope/retry", null).getStatusCode().value()).isEqualTo(404);
        }
    }

    @Test
    void aWebhookWhoseHostNowResolvesToARefusedAddressIsNotSentAndEndsDeadAtOnce() {
        try (WebhookReceiver receiver = new WebhookReceiver(request -> 204)) {
            String subscriptionId = Fixtures.create(api, Fixtures.webhookSubscription(newId(), receiver.url(),
                    Map.of("agreementIds", List.of(agreementId)))).get("id").asString();
            // As if its name had been re-pointed since it was checked: localhost is the receiver's
            // loopback address, which the tests do not allow by that name.
            mongo.updateFirst(Query.query(Criteria.where("_id").is(subscriptionId)),
                    Update.update("webhook.url", receiver.url().replace("127.0.0.1", "localhost")), "subscriptions");

            publish(CREATED, agreementId, Instant.now(), AgreementEvents.created(snapshot));

            await().atMost(WAIT).until(() -> deliveries(subscriptionId, "DEAD").size() == 1);
            JsonNode dead = deliveries(subscriptionId, "DEAD").get(0);
            assertThat(dead.get("attempts").asInt()).isEqualTo(1);
            assertThat(dead.get("lastError").asString()).contains("webhook.url").contains("loopback");
            assertThat(receiver.received()).isEmpty();
        }
    }

    @Test
    void listingDeliveriesNeedsASubscriptionAndAKnownStatus() {
        assertThat(api.get("/api/deliveries").getBody().get("errors").findValuesAsString("field")).containsExactly("subscriptionId");
        var badStatus = api.get("/api/deliveries?subscriptionId=x&status=LOST");
        assertThat(badStatus.getStatusCode().value()).isEqualTo(400);
        assertThat(badStatus.getBody().get("errors").findValuesAsString("field")).containsExactly("status");
    }

    private List<JsonNode> deliveries(String subscriptionId, String status) {
        return api.get("/api/deliveries?subscriptionId={s}&status={status}", subscriptionId, status).getBody()
                .get("items").valueStream().toList();
    }

    private static MimeMessage mailTo(String email) {
        return Mails.to(MAIL, email).stream().findFirst().orElse(null);
    }


    private static String hmac(String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(Fixtures.SECRET.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
