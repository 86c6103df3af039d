package org.entente.platform.inbound;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;

/**
 * One record of a batch as the Kafka binder hands it over: its value and headers as the
 * message a single-record consumer would have had, and where it came from (for its
 * dead-letter copy).
 */
record ReceivedRecord(Message<byte[]> message, String topic, int partition, long offset, byte[] key) {

    /**
     * The batch's records in the order they were polled. In batch mode the binder gives each
     * record header as a list with one element per record.
     */
    static List<ReceivedRecord> split(Message<?> batch) {
        MessageHeaders headers = batch.getHeaders();
        if (!(batch.getPayload() instanceof List<?> values)) {
            throw new IllegalArgumentException("not a batch: " + batch.getPayload().getClass().getName());
        }
        List<?> converted = list(headers, KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<?> topics = list(headers, KafkaHeaders.RECEIVED_TOPIC);
        List<?> partitions = list(headers, KafkaHeaders.RECEIVED_PARTITION);
        List<?> offsets = list(headers, KafkaHeaders.OFFSET);
        List<?> keys = list(headers, KafkaHeaders.RECEIVED_KEY);
        List<ReceivedRecord> records = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            MessageBuilder<byte[]> message = MessageBuilder.withPayload(
                    values.get(i) instanceof byte[] value ? value : new byte[0]); // a tombstone has no value
            if (converted.size() > i && converted.get(i) instanceof Map<?, ?> recordHeaders) {
                recordHeaders.forEach((name, value) -> message.setHeader(name.toString(), value));
            }
            records.add(new ReceivedRecord(message.build(), (String) element(topics, i), number(partitions, i).intValue(),
                    number(offsets, i).longValue(), bytes(element(keys, i))));
        }
        return records;
    }

    /** The record's own headers (not the binder's kafka_ ones), as they travelled. */
    RecordHeaders kafkaHeaders() {
        RecordHeaders copy = new RecordHeaders();
        message.getHeaders().forEach((name, value) -> {
            if (!name.startsWith("kafka_") && !name.equals(MessageHeaders.ID) && !name.equals(MessageHeaders.TIMESTAMP)) {
                byte[] bytes = bytes(value);
                if (bytes != null) {
                    copy.add(name, bytes);
                }
            }
        });
        return copy;
    }

    private static List<?> list(MessageHeaders headers, String name) {
        return headers.get(name) instanceof List<?> list ? list : List.of();
    }

    private static Object element(List<?> list, int i) {
        return list.size() > i ? list.get(i) : null;
    }

    private static Number number(List<?> list, int i) {
        return element(list, i) instanceof Number number ? number : -1;
    }

    private static byte[] bytes(Object value) {
        return value instanceof byte[] bytes ? bytes
                : value instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : null;
    }
}
