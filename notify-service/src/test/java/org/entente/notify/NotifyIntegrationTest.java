package org.entente.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.entente.localstack.LocalSmtp;
import org.entente.localstack.Ports;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.entente.localstack.test.TestEvents;
import org.entente.localstack.test.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;

/**
 * What every notify-service integration test shares: one application context (so one
 * consumer per topic in the group), the real broker and database, and a GreenMail SMTP
 * server on a free port receiving the mail.
 */
@IntegrationTest
public abstract class NotifyIntegrationTest {

    protected static final LocalSmtp SMTP = new LocalSmtp(Ports.free());
    protected static final GreenMail MAIL = SMTP.start();
    protected static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
    }

    @LocalServerPort
    protected int port;

    @Value("${entente.topics.agreements}")
    protected String agreementsTopic;

    @Value("${entente.topics.actions}")
    protected String actionsTopic;

    protected TestApi api;
    protected String bootstrap;

    @BeforeEach
    void connect() {
        api = new TestApi(port);
        bootstrap = TestInfrastructure.get().kafkaBootstrapServers();
    }

    protected static String newId() {
        return UUID.randomUUID().toString();
    }

    protected void send(ProducerRecord<String, String> record) {
        TestEvents.send(bootstrap, record);
    }

    /** Puts an agreement event on the agreements topic and returns its id. */
    protected String publish(String type, String agreementId, Instant time, String data) {
        String eventId = newId();
        send(TestEvents.cloudEvent(agreementsTopic, eventId, type, agreementId, time, data));
        return eventId;
    }
}
