package org.entente.localstack.test;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/**
 * A service's HTTP API as a test client sees it: every answer returned, none thrown. Each
 * request carries a real bearer token from {@link TestTokens} (an ADMIN, {@value #ADMIN_SUBJECT},
 * unless {@link #as} or {@link #anonymous} says otherwise); a request that sets its own
 * {@code Authorization} header keeps it.
 */
public final class TestApi {

    public static final String ADMIN_SUBJECT = "test-admin";

    private final int port;
    private final RestClient http;

    public TestApi(int port) {
        this(port, () -> TestTokens.bearer(ADMIN_SUBJECT, "ADMIN"));
    }

    private TestApi(int port, Supplier<String> token) {
        this.port = port;
        this.http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                // Asked per request: a cached token is renewed before it expires.
                .requestInterceptor((request, body, execution) -> {
                    if (token != null && !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
                        request.getHeaders().setBearerAuth(token.get());
                    }
                    return execution.execute(request, body);
                })
                .build();
    }

    /** The same API as another identity: {@code sub} = subject, with these roles. */
    public TestApi as(String subject, String... roles) {
        return new TestApi(port, () -> TestTokens.bearer(subject, roles));
    }

    /** The same API without a token. */
    public TestApi anonymous() {
        return new TestApi(port, null);
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
