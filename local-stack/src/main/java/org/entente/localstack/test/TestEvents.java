package org.entente.localstack.test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Puts records on a topic as another service would, or as a broken producer might. */
public final class TestEvents {

    private TestEvents() {
    }

    /** A CloudEvent in binary mode: ce_* headers, JSON data, keyed by the subject. */
    public static ProducerRecord<String, String> cloudEvent(String topic, String id, String type, String subject,
                                                            Instant time, String data) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject, data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id);
        header(record, "ce_source", "/entente/test");
        header(record, "ce_type", type);
        header(record, "ce_subject", subject);
        header(record, "ce_time", time.toString());
        header(record, "content-type", "application/json");
        return record;
    }

    /** The data of entente.agreement.created.v1 for a two-party agreement (FR and KZ) in DRAFT. */
    public static String agreementCreated(String agreementId, long version, String code, String titleEn, String titleFr) {
        return "{\"agreement\": " + agreementSnapshot(agreementId, version, code, "DRAFT", titleEn, titleFr) + "}";
    }

    /** An agreement as agreement events carry it. */
    public static String agreementSnapshot(String agreementId, long version, String code, String status,
                                           String titleEn, String titleFr) {
        return """
                {"agreementId": "%s", "version": %d, "code": "%s", "kind": "MOU", "title": {"en": "%s", "fr": "%s"},
                 "themes": ["leadership"], "status": "%s",
                 "parties": [{"organizationId": "org-fr", "name": "INSP", "country": "FR", "role": "SIGNATORY",
                              "signatoryName": null, "signatoryTitle": null},
                             {"organizationId": "org-kz", "name": "ACSA", "country": "KZ", "role": "SIGNATORY",
                              "signatoryName": null, "signatoryTitle": null}],
                 "signedOn": null, "signedAt": null, "effectiveFrom": null, "expiresOn": null,
                 "confidentiality": "PUBLIC", "access": null, "responsibleName": null, "responsibleEmail": null,
                 "noticeDeadline": null}
                """.formatted(agreementId, version, code, titleEn, titleFr, status);
    }

    public static void send(String bootstrapServers, ProducerRecord<String, String> record) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send the test record", e.getCause());
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
