package org.entente.localstack.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.entente.localstack.LocalIssuer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real access tokens from the test JVM's issuer, got the way any client gets them: the
 * client-credentials grant over HTTP.
 */
public final class TestTokens {

    /** A token this close to expiry is fetched anew, so none expires during a request. */
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Identity(String subject, SortedSet<String> roles) {
    }

    private record Token(String value, Instant expiresAt) {
    }

    private static final Map<Identity, Token> CACHE = new HashMap<>();

    private TestTokens() {
    }

    /**
     * An access token whose {@code sub} is {@code subject} (its {@code name} too) with these
     * roles, to send as {@code Authorization: Bearer <token>}. The first call for a subject and
     * roles registers a client for them with a random secret; a subject asked for with other
     * roles is registered anew, and earlier tokens stay valid.
     */
    public static synchronized String bearer(String subject, String... roles) {
        Identity identity = new Identity(subject, new TreeSet<>(Set.of(roles)));
        Token cached = CACHE.get(identity);
        if (cached != null && Instant.now().isBefore(cached.expiresAt().minus(RENEW_BEFORE))) {
            return cached.value();
        }
        LocalIssuer issuer = TestInfrastructure.get().issuer();
        String secret = randomSecret();
        issuer.registerClient(subject, secret, subject, identity.roles());
        Token token = fetch(issuer.issuerUri(), subject, secret);
        CACHE.put(identity, token);
        return token.value();
    }

    /** An access token from any issuer for a client it knows, such as a local demo client. */
    public static String clientCredentials(String issuerUri, String clientId, String secret) {
        return fetch(issuerUri, clientId, secret).value();
    }

    private static Token fetch(String issuerUri, String clientId, String secret) {
        // RFC 6749 2.3.1: the id and secret are form-encoded before Basic encoding.
        String credentials = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuerUri + "/oauth2/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        Instant asked = Instant.now();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the issuer refused a token for " + clientId + ": "
                        + response.statusCode() + " " + response.body());
            }
            JsonNode answer = JSON.readTree(response.body());
            return new Token(answer.get("access_token").asString(),
                    asked.plusSeconds(answer.get("expires_in").asLong()));
        } catch (IOException e) {
            throw new IllegalStateException("the issuer at " + issuerUri + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking for a token", e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
