package org.entente.notify.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.entente.notify.delivery.ChannelSender;
import org.entente.notify.delivery.Outgoing;
import org.entente.notify.subscription.Channel;
import org.entente.notify.timeline.TimelineEntry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Posts the event as a structured CloudEvent, signed per Standard Webhooks. The
 * {@code webhook-id} is the delivery id, the same on every retry, so a receiver can drop
 * what it already processed. Any answer but 2xx, or none within the timeout, is a failure.
 */
@Component
class WebhookSender implements ChannelSender {

    private final HttpClient http;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration timeout;

    WebhookSender(JsonMapper json, Clock clock, @Value("${entente.webhook.timeout:PT5S}") Duration timeout) {
        this.json = json;
        this.clock = clock;
        this.timeout = timeout;
        // Redirects are not followed: a signed request goes only where the subscriber said.
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Outgoing outgoing) {
        if (outgoing.entries().isEmpty()) {
            throw new IllegalStateException("the event is not in the timeline");
        }
        byte[] body = json.writeValueAsBytes(cloudEvent(outgoing.entries().get(0)));
        String id = outgoing.delivery().id();
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(outgoing.subscription().webhook().url()))
                .timeout(timeout)
                .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                .header("User-Agent", "Entente-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(outgoing.subscription().webhook().secret(), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("the receiver answered HTTP " + response.statusCode());
            }
        } catch (HttpTimeoutException e) {
            throw new IllegalStateException("no answer within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new IllegalStateException("could not reach the receiver: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** CloudEvents 1.0, structured JSON: the attributes and the data in one document. */
    private static Map<String, Object> cloudEvent(TimelineEntry entry) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", entry.id());
        event.put("source", entry.source());
        event.put("type", entry.type());
        event.put("subject", entry.agreementId());
        event.put("time", entry.occurredAt().toString());
        event.put("datacontenttype", "application/json");
        event.put("data", entry.data());
        return event;
    }
}
