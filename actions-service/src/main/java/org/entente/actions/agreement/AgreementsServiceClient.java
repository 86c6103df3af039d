package org.entente.actions.agreement;

import java.net.http.HttpClient;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/** The typed client of agreements-service, with its timeouts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AgreementsServiceSettings.class)
class AgreementsServiceClient {

    @Bean
    AgreementsService agreementsService(AgreementsServiceSettings settings) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(settings.timeout()).build());
        requests.setReadTimeout(settings.timeout());
        RestClient client = RestClient.builder().baseUrl(settings.url().toString()).requestFactory(requests).build();
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client)).build()
                .createClient(AgreementsService.class);
    }
}
