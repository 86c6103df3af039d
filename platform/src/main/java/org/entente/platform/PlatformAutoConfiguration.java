package org.entente.platform;

import java.time.Clock;

import org.entente.platform.inbound.EventReader;
import org.entente.platform.inbound.IdempotentWrites;
import org.entente.platform.outbox.AggregateStores;
import org.entente.platform.outbox.OutboxRelay;
import org.entente.platform.outbox.ProducerWarmUp;
import org.entente.platform.security.ApiSecurity;
import org.entente.platform.web.IdempotencyFilter;
import org.entente.platform.web.MalformedRequestFilter;
import org.entente.platform.web.ProblemDetailsAdvice;
import org.entente.platform.web.ProblemErrorReportValve;
import org.entente.platform.web.RequestSizeLimitFilter;
import org.entente.platform.web.RequestValidator;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import tools.jackson.databind.json.JsonMapper;

/** What every Entente service gets by depending on the platform module. */
// Before Boot's MongoDB health so that ours, named mongoHealthIndicator, replaces it.
@AutoConfiguration(beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@Import({ProblemDetailsAdvice.class, SchedulingConfiguration.class, ApiSecurity.class})
@EnableConfigurationProperties({OutboxSettings.class, HttpSettings.class, IdempotencySettings.class})
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, StreamBridge streamBridge, MeterRegistry meters, OutboxSettings settings) {
        return new OutboxRelay(mongo, streamBridge, settings.sweepInterval(), settings.relayLanes(), meters);
    }

    @Bean
    ProducerWarmUp producerWarmUp(StreamBridge streamBridge, BindingServiceProperties bindings,
                                  OutboxSettings settings) {
        return new ProducerWarmUp(streamBridge, bindings, settings.streams());
    }

    @Bean
    AggregateStores aggregateStores(MongoTemplate mongo, OutboxRelay relay, JsonMapper json, Clock clock,
                                    Environment environment) {
        return new AggregateStores(mongo, relay, json, "/entente/" + applicationName(environment), clock);
    }

    /**
     * Runs after Boot's own customizer (order 0), so this valve sits inside Boot's HTML one
     * and reports first.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReports(JsonMapper json) {
        return factory -> factory.addContextCustomizers(context ->
                context.getParent().getPipeline().addValve(new ProblemErrorReportValve(json)));
    }

    /** First of all filters: nothing may ask Tomcat for a parameter it cannot decode before this one refused it. */
    @Bean
    FilterRegistrationBean<MalformedRequestFilter> malformedRequestFilter(JsonMapper json) {
        FilterRegistrationBean<MalformedRequestFilter> registration =
                new FilterRegistrationBean<>(new MalformedRequestFilter(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(JsonMapper json, HttpSettings settings) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(settings.maxBodySize(), json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(MongoTemplate mongo, JsonMapper json, Clock clock,
                                                                IdempotencySettings settings) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(mongo, json, clock, settings.retention()));
        // After Spring Security's chain: a key belongs to the authenticated caller, and a refused request stores nothing.
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    @Bean
    OpenAPI openApi(Environment environment) {
        return new OpenAPI().info(new Info().title("Entente " + applicationName(environment)).version("v1")
                .description("Errors are RFC 9457 problem details; validation failures list each field."));
    }

    @Bean
    MongoHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoHealthIndicator(mongo);
    }

    @Bean
    EventReader eventReader(JsonMapper json) {
        return new EventReader(json);
    }

    @Bean
    RequestValidator requestValidator(jakarta.validation.Validator validator, JsonMapper json) {
        return new RequestValidator(validator, json);
    }

    @Bean
    IdempotentWrites idempotentWrites(MongoTemplate mongo) {
        return new IdempotentWrites(mongo);
    }

    /** Every service names itself: event sources and the API's title say which one. */
    private static String applicationName(Environment environment) {
        return environment.getRequiredProperty("spring.application.name");
    }
}
