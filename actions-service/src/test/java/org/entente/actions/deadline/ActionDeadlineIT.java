package org.entente.actions.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.actions.Fixtures.item;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.actions.Fixtures;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.entente.localstack.test.TopicRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.json.JsonMapper;

/** The daily job, run for chosen days: each notice goes out once per due date and threshold. */
@IntegrationTest
class ActionDeadlineIT {

    static final String DUE_SOON = "entente.action.due-soon.v1";
    static final String OVERDUE = "entente.action.overdue.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ActionDeadlineJob job;

    TestApi api;
    Fixtures fixtures;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        fixtures = new Fixtures(api, mongo);
    }

    @Test
    void dueSoonGoesOutOnceAtSevenAndOneDayAndOverdueOnceEvenWhenTheJobRunsTwice() {
        LocalDate dueDate = LocalDate.now().plusYears(3);
        String agreementId = fixtures.agreement();
        String id = itemDueOn(agreementId, "D-1", dueDate);

        for (int daysBefore : List.of(10, 7, 6, 2, 1, 0, -1, -2)) {
            job.run(dueDate.minusDays(daysBefore));
            job.run(dueDate.minusDays(daysBefore));
        }

        List<ConsumerRecord<String, String>> notices = notices(agreementId, 3);
        assertThat(notices).extracting(record -> TopicRecords.header(record, "ce_type"))
                .containsExactly(DUE_SOON, DUE_SOON, OVERDUE);
        assertThat(notices.subList(0, 2)).extracting(record -> json.readTree(record.value()).get("daysBefore").asInt())
                .containsExactly(7, 1);
        assertThat(json.readTree(notices.get(2).value()).get("daysOverdue").asLong()).isEqualTo(1);
        assertThat(json.readTree(notices.get(2).value()).get("action").get("actionId").asString()).isEqualTo(id);
    }

    @Test
    void aNewDueDateGetsItsOwnRemindersAndGoingBackDoesNotRepeatTheOldOnes() {
        LocalDate dueDate = LocalDate.now().plusYears(3);
        String agreementId = fixtures.agreement();
        String id = itemDueOn(agreementId, "D-1", dueDate);
        job.run(dueDate.minusDays(7));

        reschedule(id, dueDate.plusDays(30));
        job.run(dueDate.minusDays(7));
        job.run(dueDate.plusDays(23));
        reschedule(id, dueDate);
        job.run(dueDate.minusDays(7));

        assertThat(notices(agreementId, 2)).extracting(record -> json.readTree(record.value()).get("action")
                .get("dueDate").asString()).containsExactly(dueDate.toString(), dueDate.plusDays(30).toString());
    }

    @Test
    void aJobThatMissedDaysSendsOnlyTheNearestNoticeAndClosedItemsNone() {
        LocalDate dueDate = LocalDate.now().plusYears(3);
        String agreementId = fixtures.agreement();
        itemDueOn(agreementId, "D-1", dueDate);
        String cancelled = itemDueOn(agreementId, "D-2", dueDate);
        api.send(HttpMethod.DELETE, "/api/actions/" + cancelled, null, headers -> headers.setIfMatch("\"1\""));

        job.run(dueDate.minusDays(1));
        job.run(dueDate);

        List<ConsumerRecord<String, String>> notices = notices(agreementId, 1);
        assertThat(notices).hasSize(1);
        assertThat(json.readTree(notices.get(0).value()).get("daysBefore").asInt()).isEqualTo(1);
    }

    private String itemDueOn(String agreementId, String reference, LocalDate dueDate) {
        Map<String, Object> item = item(reference);
        item.put("dueDate", dueDate.toString());
        return fixtures.create(agreementId, item);
    }

    private void reschedule(String id, LocalDate dueDate) {
        String etag = api.get("/api/actions/{id}", id).getHeaders().getETag();
        var patched = api.send(HttpMethod.PATCH, "/api/actions/" + id, Map.of("dueDate", dueDate.toString()),
                headers -> headers.setIfMatch(etag));
        assertThat(patched.getStatusCode().value()).as(String.valueOf(patched.getBody())).isEqualTo(200);
    }

    private List<ConsumerRecord<String, String>> notices(String agreementId, int expected) {
        return TopicRecords.await(Fixtures.bootstrap(), Fixtures.ACTIONS_TOPIC,
                record -> agreementId.equals(record.key()) && List.of(DUE_SOON, OVERDUE)
                        .contains(TopicRecords.header(record, "ce_type")),
                found -> found.size() >= expected, Duration.ofSeconds(30));
    }
}
