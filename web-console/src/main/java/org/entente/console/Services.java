package org.entente.console;

import java.net.URI;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The three services, called with the signed-in user's access token (refreshed when it
 * expires) and the user's language, so the services stay the only authority on what a user
 * may see and do.
 */
@Component
public class Services {

    private final RestClient agreements;
    private final RestClient actions;
    private final RestClient notify;
    private final Map<URI, String> names;

    Services(RestClient.Builder builder, OAuth2AuthorizedClientManager authorizedClients, ConsoleProperties properties) {
        OAuth2ClientHttpRequestInterceptor userToken = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        userToken.setClientRegistrationIdResolver(request -> ConsoleSecurity.REGISTRATION);
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory();
        requests.setReadTimeout(properties.serviceTimeout());
        RestClient.Builder common = builder.clone()
                .requestFactory(requests)
                .requestInterceptor(userToken)
                .requestInterceptor((request, body, execution) -> {
                    request.getHeaders().set(HttpHeaders.ACCEPT_LANGUAGE, LocaleContextHolder.getLocale().toLanguageTag());
                    return execution.execute(request, body);
                });
        this.agreements = common.clone().baseUrl(properties.agreementsUrl().toString()).build();
        this.actions = common.clone().baseUrl(properties.actionsUrl().toString()).build();
        this.notify = common.clone().baseUrl(properties.notifyUrl().toString()).build();
        this.names = Map.of(properties.agreementsUrl(), "agreements-service", properties.actionsUrl(), "actions-service",
                properties.notifyUrl(), "notify-service");
    }

    public RestClient agreements() {
        return agreements;
    }

    public RestClient actions() {
        return actions;
    }

    public RestClient notifications() {
        return notify;
    }

    /** Which service a failed call's message names, to say which one did not answer. */
    String nameIn(String failureMessage) {
        if (failureMessage != null) {
            for (Map.Entry<URI, String> service : names.entrySet()) {
                String origin = service.getKey().getHost() + ":" + service.getKey().getPort();
                if (failureMessage.contains(origin)) {
                    return service.getValue();
                }
            }
        }
        return null;
    }
}
