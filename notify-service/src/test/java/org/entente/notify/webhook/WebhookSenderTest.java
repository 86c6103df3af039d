package org.entente.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.entente.notify.delivery.Delivery;
import org.entente.notify.delivery.DeliveryStatus;
import org.entente.notify.delivery.Outgoing;
import org.entente.notify.delivery.PermanentFailure;
import org.entente.notify.subscription.Channel;
import org.entente.notify.subscription.Subscription;
import org.entente.notify.timeline.TimelineEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/** The sender against a real receiver on a loopback port; names resolve through a fixed table, not DNS. */
class WebhookSenderTest {

    static final String SECRET = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
    static final long BIG_BODY = 64L * 1024 * 1024;

    HttpServer receiver;
    final AtomicInteger hooks = new AtomicInteger();
    final AtomicInteger elsewhere = new AtomicInteger();
    final AtomicLong bodyBytesWritten = new AtomicLong(-1);
    volatile int status = 204;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            hooks.incrementAndGet();
            if (status == 302) {
                exchange.getResponseHeaders().add("Location", "/elsewhere");
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.createContext("/elsewhere", exchange -> {
            elsewhere.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.createContext("/talkative", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, BIG_BODY);
            long written = 0;
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[8192];
                while (written < BIG_BODY) {
                    out.write(chunk);
                    written += chunk.length;
                }
            } catch (IOException closedByTheSender) {
                // expected: the sender hung up after its limit
            } finally {
                bodyBytesWritten.set(written);
            }
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    int port() {
        return receiver.getAddress().getPort();
    }

    static InetAddress[] resolve(String host) throws UnknownHostException {
        // "rebound.test" passed the check when its subscription was stored; now it points here.
        if (host.equals("rebound.test") || host.equals("127.0.0.1")) {
            return new InetAddress[] {InetAddress.getByName("127.0.0.1")};
        }
        throw new UnknownHostException(host);
    }

    WebhookSender sender(boolean allowHttp, String... allowedHosts) {
        return new WebhookSender(new WebhookTargets(allowHttp, List.of(allowedHosts), WebhookSenderTest::resolve),
                JsonMapper.builder().build(), Clock.systemUTC(), new WebhookSettings(Duration.ofSeconds(5), allowHttp,
                        List.of(allowedHosts)));
    }

    @Test
    void aHostThatNowResolvesToALoopbackAddressIsRefusedBeforeAnyConnection() throws Exception {
        WebhookSender sender = sender(true, "127.0.0.1");

        assertThatThrownBy(() -> sender.send(outgoing("http://rebound.test:" + port() + "/hook")))
                .isInstanceOf(PermanentFailure.class).hasMessageContaining("webhook.url").hasMessageContaining("loopback");
        assertThat(hooks).hasValue(0);
        sender.destroy();
    }

    @Test
    void aStoredPlainHttpAddressIsRefusedOnceHttpIsNoLongerAllowed() throws Exception {
        WebhookSender sender = sender(false, "127.0.0.1");

        assertThatThrownBy(() -> sender.send(outgoing("http://127.0.0.1:" + port() + "/hook")))
                .isInstanceOf(PermanentFailure.class).hasMessageContaining("https");
        assertThat(hooks).hasValue(0);
        sender.destroy();
    }

    @Test
    void anAllowedHostIsDelivered() throws Exception {
        WebhookSender sender = sender(true, "127.0.0.1");

        sender.send(outgoing("http://127.0.0.1:" + port() + "/hook"));

        assertThat(hooks).hasValue(1);
        sender.destroy();
    }

    @Test
    void aRedirectIsAFailureAndIsNotFollowed() throws Exception {
        WebhookSender sender = sender(true, "127.0.0.1");
        status = 302;

        assertThatThrownBy(() -> sender.send(outgoing("http://127.0.0.1:" + port() + "/hook")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("HTTP 302");
        assertThat(hooks).hasValue(1);
        assertThat(elsewhere).hasValue(0);
        sender.destroy();
    }

    @Test
    void aLongAnswerIsCutShortAndTheConnectionClosed() throws Exception {
        WebhookSender sender = sender(true, "127.0.0.1");

        sender.send(outgoing("http://127.0.0.1:" + port() + "/talkative"));

        await().atMost(Duration.ofSeconds(10)).until(() -> bodyBytesWritten.get() >= 0);
        assertThat(bodyBytesWritten.get()).isLessThan(BIG_BODY);
        sender.destroy();
    }

    static Outgoing outgoing(String url) {
        Instant now = Instant.now();
        Delivery delivery = new Delivery("delivery-1", Delivery.Kind.EVENT, List.of("event-1"), "entente.agreement.created.v1",
                "agreement-1", now, "subscription-1", "subscriber-1", Channel.WEBHOOK, DeliveryStatus.PENDING, 1, null,
                now, "claim", null, null, null, now, now);
        Subscription subscription = new Subscription("subscription-1", 1,
                new Subscription.Subscriber("subscriber-1", null, null, "en", "UTC"), List.of(), null, List.of(Channel.WEBHOOK),
                null, new Subscription.Webhook(url, SECRET), "token", true, null, null, now, now);
        TimelineEntry entry = new TimelineEntry("event-1", "agreement-1", "entente.agreement.created.v1", now,
                "/entente/agreements-service", null, Map.of("code", "INSP-KZ-2025-01"), now);
        return new Outgoing(delivery, subscription, List.of(entry));
    }
}
