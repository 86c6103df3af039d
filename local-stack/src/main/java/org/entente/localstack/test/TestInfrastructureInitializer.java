package org.entente.localstack.test;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a service under test at the test JVM's Kafka broker, MongoDB server and token issuer. */
public class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String database = context.getEnvironment().getProperty("spring.application.name", "entente") + "-test";
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("entente-test-infrastructure", Map.of(
                "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                "spring.mongodb.uri", infrastructure.mongoConnectionString() + "/" + database,
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", infrastructure.issuer().issuerUri(),
                // Tests wait on conditions; a short sweep keeps those waits short.
                "entente.outbox.sweep-interval", "PT1S")));
    }
}
