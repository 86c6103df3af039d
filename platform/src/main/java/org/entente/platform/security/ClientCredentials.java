package org.entente.platform.security;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/**
 * An access token for a service's own calls to its API (the demo loaders), by the OAuth2
 * client-credentials grant at the token endpoint the issuer's discovery document names:
 * the way any client gets one, so it works with the local issuer and with Keycloak.
 */
public class ClientCredentials {

    private final String issuerUri;
    private final String clientId;
    private final String clientSecret;

    public ClientCredentials(String issuerUri, String clientId, String clientSecret) {
        this.issuerUri = issuerUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    public String accessToken() {
        RestClient http = RestClient.create();
        JsonNode discovery = http.get().uri(issuerUri + "/.well-known/openid-configuration").retrieve()
                .body(JsonNode.class);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        JsonNode token = http.post().uri(discovery.get("token_endpoint").asString())
                .headers(headers -> headers.setBasicAuth(clientId, clientSecret))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(JsonNode.class);
        return token.get("access_token").asString();
    }

    @Override
    public String toString() {
        return "ClientCredentials[" + clientId + " at " + issuerUri + "]"; // never the secret
    }
}
