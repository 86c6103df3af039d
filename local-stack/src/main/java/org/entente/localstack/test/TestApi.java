package org.entente.localstack.test;

import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/** A service's HTTP API as a test client sees it: every answer returned, none thrown. */
public final class TestApi {

    private final RestClient http;

    public TestApi(int port) {
        this.http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    public ResponseEntity<JsonNode> get(String path, Object... variables) {
        return http.get().uri(path, variables).retrieve().toEntity(JsonNode.class);
    }

    public ResponseEntity<JsonNode> post(String path, Object body) {
        return send(HttpMethod.POST, path, body, headers -> { });
    }

    public ResponseEntity<JsonNode> send(HttpMethod method, String path, Object body, Consumer<HttpHeaders> headers) {
        return send(method, path, MediaType.APPLICATION_JSON, body, headers);
    }

    public ResponseEntity<JsonNode> send(HttpMethod method, String path, MediaType contentType, Object body,
                                         Consumer<HttpHeaders> headers) {
        RestClient.RequestBodySpec request = http.method(method).uri(path).headers(headers);
        if (body != null) {
            request.contentType(contentType).body(body);
        }
        return request.retrieve().toEntity(JsonNode.class);
    }

    public RestClient client() {
        return http;
    }
}
