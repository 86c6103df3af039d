package org.entente.platform.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

class ReceivedRecordTest {

    @Test
    void aBatchSplitsIntoItsRecordsInOrderEachWithItsOwnHeadersAndOrigin() {
        Message<Object> batch = MessageBuilder.<Object>withPayload(new ArrayList<>(List.of(utf8("first"), utf8("second"))))
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.of(
                        Map.of("ce_id", utf8("e-1"), "kafka_offset", 7L),
                        Map.of("ce_id", "e-2")))
                .setHeader(KafkaHeaders.RECEIVED_KEY, List.of(utf8("a-1"), utf8("a-2")))
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, List.of("entente.agreements", "entente.agreements"))
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, List.of(3, 3))
                .setHeader(KafkaHeaders.OFFSET, List.of(7L, 8L))
                .build();

        List<ReceivedRecord> records = ReceivedRecord.split(batch);

        assertThat(records).extracting(record -> new String(record.message().getPayload(), StandardCharsets.UTF_8))
                .containsExactly("first", "second");
        assertThat(records).extracting(ReceivedRecord::offset).containsExactly(7L, 8L);
        assertThat(records.get(1).partition()).isEqualTo(3);
        assertThat(new String(records.get(1).key(), StandardCharsets.UTF_8)).isEqualTo("a-2");
        // What travels to the dead-letter topic: the record's own headers, not the binder's.
        List<String> names = new ArrayList<>();
        for (Header header : records.get(0).kafkaHeaders()) {
            names.add(header.key());
        }
        assertThat(names).containsExactly("ce_id");
        assertThat(new String(records.get(1).kafkaHeaders().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                .isEqualTo("e-2");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
