package org.entente.platform.inbound;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;

/**
 * Sends a record no consumer can process to its dead-letter topic, as it came, with the
 * binder's error headers ({@code x-original-*}, {@code x-exception-*}). A batch consumer
 * does this itself: the binder, in batch mode, would dead-letter the whole batch. Each topic
 * is made (one partition, as the binder's were) before its first dead letter, where the
 * broker does not make topics on first use.
 */
public class DeadLetters implements DisposableBean {

    private static final long SEND_TIMEOUT_SECONDS = 15;

    private final KafkaProducer<byte[], byte[]> producer;
    private final Admin admin;
    private final short replicationFactor;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public DeadLetters(String bootstrapServers, short replicationFactor) {
        this.replicationFactor = replicationFactor;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Returns once the broker has it; throws if it could not, so the batch is not committed. */
    void send(String topic, ReceivedRecord record, Throwable error) {
        ensureExists(topic);
        RecordHeaders headers = record.kafkaHeaders();
        headers.add("x-original-topic", utf8(record.topic()));
        headers.add("x-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(record.partition()).array());
        headers.add("x-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(record.offset()).array());
        headers.add("x-exception-fqcn", utf8(error.getClass().getName()));
        headers.add("x-exception-message", utf8(String.valueOf(error.getMessage())));
        try {
            producer.send(new ProducerRecord<>(topic, null, record.key(), record.message().getPayload(), headers))
                    .get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not dead-letter a record to " + topic, e);
        }
    }

    private void ensureExists(String topic) {
        if (known.contains(topic)) {
            return;
        }
        try {
            admin.createTopics(List.of(new NewTopic(topic, 1, replicationFactor))).all()
                    .get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not make the dead-letter topic " + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("could not make the dead-letter topic " + topic, e);
        }
        known.add(topic);
    }

    private static byte[] utf8(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void destroy() {
        producer.close();
        admin.close();
    }
}
