package org.entente.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * A subscriber's webhook endpoint on a free loopback port: records every call it gets (the
 * webhook-id and the CloudEvent type), and answers 500 to the first {@code failures} calls,
 * 204 after, as a receiver that is down for a while would.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One call: the webhook-id header and the type in the body. */
    record Call(String webhookId, String type) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failuresLeft;

    private WebhookReceiver(int failures) {
        this.failuresLeft = new AtomicInteger(failures);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(exchange.getRequestHeaders().getFirst("webhook-id"), JSON.readTree(body).get("type").asString()));
            exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 500 : 204, -1);
            exchange.close();
        });
        server.start();
    }

    static WebhookReceiver answering2xx() {
        return new WebhookReceiver(0);
    }

    static WebhookReceiver failingFirst(int failures) {
        return new WebhookReceiver(failures);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    List<String> webhookIds() {
        return calls().stream().map(Call::webhookId).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
