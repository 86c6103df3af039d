package org.entente.console.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.entente.console.form.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.client.RestClient;

/** A file streamed through from a real HTTP server, and a refusal handed back to say why. */
class DownloadsTest {

    private HttpServer server;
    private RestClient client;
    private final Downloads downloads = new Downloads();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/file.xml", exchange -> answer(exchange, 200, "application/xml", "<iati-activities/>"));
        server.createContext("/refused.xml", exchange -> answer(exchange, 422, "application/problem+json",
                "{\"status\": 422, \"title\": \"Unprocessable\", \"detail\": \"agreement KZ-9 is restricted\"}"));
        server.createContext("/broken.xml", exchange -> answer(exchange, 503, "text/plain", "down"));
        server.start();
        client = RestClient.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aFileIsStreamedThroughWithItsType() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(downloads.streamUnlessRefused(client.get().uri("/file.xml"), response)).isNull();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/xml");
        assertThat(response.getContentAsString()).isEqualTo("<iati-activities/>");
    }

    @Test
    void aRefusalIsHandedBackWithItsDetailAndNothingWritten() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();

        Problem refusal = downloads.streamUnlessRefused(client.get().uri("/refused.xml"), response);

        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.message()).isEqualTo("agreement KZ-9 is restricted");
        assertThat(response.getContentAsString()).isEmpty();
        assertThat(response.isCommitted()).isFalse();
    }

    @Test
    void aServiceFailureIsStillAnErrorStatus() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(downloads.streamUnlessRefused(client.get().uri("/broken.xml"), response)).isNull();
        assertThat(response.getStatus()).isEqualTo(503);
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
