package org.entente.notify.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.entente.notify.delivery.ChannelSender;
import org.entente.notify.delivery.Outgoing;
import org.entente.notify.delivery.PermanentFailure;
import org.entente.notify.subscription.Channel;
import org.entente.notify.timeline.TimelineEntry;
import org.entente.platform.cloudevent.CloudEventEnvelope;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Posts the event as a structured CloudEvent, signed per Standard Webhooks. The
 * {@code webhook-id} is the delivery id, the same on every retry, so a receiver can drop
 * what it already processed. Any answer but 2xx, or none within the timeout, is a failure.
 *
 * <p>The destination is checked against {@link WebhookTargets} again at each send: the URL
 * before anything else, and the host's addresses by the client's resolver, so the socket
 * opens only to an address that passed (a name re-pointed at an internal address since the
 * subscription was stored is refused). A refusal is permanent. Redirects are not followed,
 * and at most {@link #MAX_RESPONSE_BYTES} of an answer are read before the connection closes.
 */
@Component
class WebhookSender implements ChannelSender, DisposableBean {

    static final int MAX_RESPONSE_BYTES = 4096;

    private static final ContentType CLOUD_EVENT = ContentType.create("application/cloudevents+json", "UTF-8");

    private final CloseableHttpClient http;
    private final WebhookTargets targets;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration timeout;

    WebhookSender(WebhookTargets targets, JsonMapper json, Clock clock, WebhookSettings settings) {
        this.targets = targets;
        this.json = json;
        this.clock = clock;
        this.timeout = settings.timeout();
        Timeout limit = Timeout.of(timeout);
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedResolver(targets))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(limit).setSocketTimeout(limit).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(limit).build())
                // A signed request goes only where the subscriber said: a 3xx is an answer, not a new address.
                .disableRedirectHandling()
                // The dispatcher retries, with backoff and a record of each attempt.
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent("Entente-Webhooks/1")
                .build();
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
        URI url = destination(outgoing.subscription().webhook().url());
        byte[] body = json.writeValueAsBytes(cloudEvent(outgoing.entries().get(0)));
        String id = outgoing.delivery().id();
        long timestamp = clock.instant().getEpochSecond();
        HttpPost request = new HttpPost(url);
        request.setHeader("webhook-id", id);
        request.setHeader("webhook-timestamp", Long.toString(timestamp));
        request.setHeader("webhook-signature", WebhookSignature.sign(outgoing.subscription().webhook().secret(), id, timestamp, body));
        request.setEntity(new ByteArrayEntity(body, CLOUD_EVENT));
        int status;
        try {
            ClassicHttpResponse response = http.executeOpen(null, request, null);
            status = response.getCode();
            readAtMost(response.getEntity(), System.nanoTime() + timeout.toNanos());
        } catch (SocketTimeoutException e) {
            throw new IllegalStateException("no answer within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            WebhookTargets.Refused refused = refusal(e);
            if (refused != null) {
                throw new PermanentFailure("webhook.url " + refused.getMessage());
            }
            throw new IllegalStateException("could not reach the receiver: " + e, e);
        } finally {
            // Closes the connection unless the answer already ended (then it went back to the
            // pool): whatever the receiver still sends is never drained.
            request.cancel();
        }
        if (status / 100 != 2) {
            throw new IllegalStateException("the receiver answered HTTP " + status);
        }
    }

    /** CloudEvents 1.0, structured JSON: the attributes and the data in one document. */
    private static Map<String, Object> cloudEvent(TimelineEntry entry) {
        return new CloudEventEnvelope(entry.id(), entry.source(), entry.type(), entry.agreementId(), entry.occurredAt(),
                entry.actor()).structured(entry.data());
    }

    /** The stored URL, if it still passes the rules that need no name resolution. */
    private URI destination(String stored) {
        try {
            URI url = new URI(stored);
            targets.checkForm(url);
            return url;
        } catch (URISyntaxException e) {
            throw new PermanentFailure("webhook.url is not a valid address");
        } catch (WebhookTargets.Refused e) {
            throw new PermanentFailure("webhook.url " + e.getMessage());
        }
    }

    /** Reads and drops the answer, up to {@link #MAX_RESPONSE_BYTES} and the deadline, whichever comes first. */
    private static void readAtMost(HttpEntity entity, long deadline) throws IOException {
        InputStream content = entity == null ? null : entity.getContent();
        if (content == null) {
            return;
        }
        byte[] buffer = new byte[MAX_RESPONSE_BYTES];
        int total = 0;
        while (total < buffer.length && System.nanoTime() < deadline) {
            int read = content.read(buffer, total, buffer.length - total);
            if (read < 0) {
                return;
            }
            total += read;
        }
    }

    private static WebhookTargets.Refused refusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebhookTargets.Refused refused) {
                return refused;
            }
        }
        return null;
    }

    @Override
    public void destroy() throws IOException {
        http.close();
    }

    /** Resolves through the policy: the addresses it returns are the only ones the client connects to. */
    private record CheckedResolver(WebhookTargets targets) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            throw new UnknownHostException("a webhook host is resolved with its port");
        }

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            return Arrays.stream(targets.addresses(host, port)).map(address -> new InetSocketAddress(address, port)).toList();
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
