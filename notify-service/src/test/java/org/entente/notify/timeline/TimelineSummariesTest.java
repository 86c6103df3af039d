package org.entente.notify.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.events.EventCatalog;
import org.entente.events.EventType;
import org.entente.notify.Bundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Summaries from the payload records, in both languages, with no Spring context. */
class TimelineSummariesTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    final TimelineSummaries summaries = new TimelineSummaries(Bundles.messages(), new TimelinePayloads(JSON));

    @Test
    void everyCatalogTypeHasASummary() {
        assertThat(TimelineSummaries.summarizedTypes()).containsExactlyInAnyOrderElementsOf(EventCatalog.all());
    }

    static List<EventType> catalog() {
        return EventCatalog.all();
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void everyCatalogTypeReadsInEnglishAndInFrench(EventType type) {
        TimelineEntry entry = entry(type, JSON.convertValue(sample(type.payloadType()), new TypeReference<>() { }));

        String english = summaries.summary(entry, "en");
        String french = summaries.summary(entry, "fr");

        assertThat(english).doesNotStartWith("Event ").doesNotContain("timeline.");
        assertThat(french).doesNotStartWith("Événement ").doesNotContain("timeline.").isNotEqualTo(english);
    }

    @Test
    void anAgreementStatusChangeNamesTheNewStatusAndTheReason() {
        Map<String, Object> data = Map.of("agreement", Map.of("code", "M-1", "title", Map.of("en", "Memo")),
                "from", "ACTIVE", "to", "SUSPENDED", "reason", "elections");

        assertThat(summaries.summary(entry(EventCatalog.AGREEMENT_STATUS_CHANGED, data), "en"))
                .isEqualTo("Agreement M-1 is now suspended: elections");
        assertThat(summaries.summary(entry(EventCatalog.AGREEMENT_STATUS_CHANGED, data), "fr"))
                .isEqualTo("L'accord M-1 est désormais suspendu : elections");
    }

    @Test
    void aRenewalNoticeReadsItsDeadlineAndOnTheDaySaysToday() {
        Map<String, Object> ahead = Map.of("agreement", Map.of("code", "M-1"), "noticeDeadline", "2026-03-31",
                "daysBefore", 30, "daysLeft", 29);
        Map<String, Object> today = Map.of("agreement", Map.of("code", "M-1"), "noticeDeadline", "2026-03-31",
                "daysBefore", 0, "daysLeft", 0);

        assertThat(summaries.summary(entry(EventCatalog.AGREEMENT_NOTICE_DUE, ahead), "en"))
                .isEqualTo("Renewal notice for agreement M-1 is due in 29 days (by 2026-03-31)");
        assertThat(summaries.summary(entry(EventCatalog.AGREEMENT_NOTICE_DUE, today), "fr"))
                .isEqualTo("Le préavis de renouvellement de l'accord M-1 est à donner aujourd'hui");
    }

    @Test
    void aRenewalDecisionNamesTheChoiceInTheReadersWordsAndTheNote() {
        Map<String, Object> data = Map.of("agreement", Map.of("code", "M-1"), "decision", "LET_EXPIRE",
                "note", "programme ended");

        assertThat(summaries.summary(entry(EventCatalog.AGREEMENT_RENEWAL_DECIDED, data), "en"))
                .isEqualTo("Decision on the renewal of agreement M-1: let it expire \u2014 programme ended");
        assertThat(summaries.summary(entry(EventCatalog.AGREEMENT_RENEWAL_DECIDED, data), "fr"))
                .isEqualTo("Décision sur le renouvellement de l'accord M-1 : le laisser expirer \u2014 programme ended");
    }

    @Test
    void aOneDayVisitReadsOnItsDayAndALongerOneFromTo() {
        Map<String, Object> oneDay = visit("2025-11-14", "2025-11-14");
        Map<String, Object> longer = visit("2025-11-14", "2025-11-16");

        assertThat(summaries.summary(entry(EventCatalog.DELEGATION_SCHEDULED, oneDay), "en"))
                .isEqualTo("Visit scheduled: Agency to INSP, Paris (FR), on 2025-11-14");
        assertThat(summaries.summary(entry(EventCatalog.DELEGATION_SCHEDULED, longer), "fr"))
                .isEqualTo("Visite programmée : Agency chez INSP, Paris (FR), du 2025-11-14 au 2025-11-16");
    }

    @Test
    void anActionIsNamedByReferenceAndQuotedTitleWithItsDueDate() {
        Map<String, Object> data = Map.of("action", Map.of("reference", "KZ-1", "title", "Training",
                "dueDate", "2026-12-31", "percentComplete", 1000), "daysBefore", 7, "daysLeft", 1000);

        assertThat(summaries.summary(entry(EventCatalog.ACTION_DUE_SOON, data), "en"))
                .isEqualTo("Due in 1000 day(s): KZ-1 \"Training\" (due 2026-12-31)");
        assertThat(summaries.summary(entry(EventCatalog.ACTION_DUE_SOON, data), "fr"))
                .isEqualTo("Échéance dans 1000 jour(s) : KZ-1 « Training » (échéance le 2026-12-31)");
    }

    @Test
    void anEntryStoredWithAFieldTheContractNoLongerHasStillReads() {
        Map<String, Object> data = Map.of("agreement", Map.of("code", "M-1", "title", Map.of("fr", "Mémo"),
                "dropped", "x"), "noLongerThere", true);

        assertThat(summaries.summary(entry(EventCatalog.AGREEMENT_CREATED, data), "en"))
                .isEqualTo("Agreement M-1 registered: Mémo");
    }

    @Test
    void aTypeThisVersionDoesNotKnowSaysWhatHappenedAndToWhat() {
        TimelineEntry entry = new TimelineEntry("e-1", "a-1", "entente.action.archived.v1", Instant.EPOCH, "/test",
                "system", Map.of("action", Map.of("title", "Training")), Instant.EPOCH);

        assertThat(summaries.summary(entry, "en")).isEqualTo("Action plan \"Training\": archived");
        assertThat(summaries.summary(entry, "fr")).isEqualTo("Plan d'action « Training » : archived");
    }

    private static Map<String, Object> visit(String start, String end) {
        return Map.of("hostOrganization", Map.of("name", "INSP"), "visitingOrganization", Map.of("name", "Agency"),
                "city", "Paris", "country", "FR", "startDate", start, "endDate", end);
    }

    private static TimelineEntry entry(EventType type, Map<String, Object> data) {
        return new TimelineEntry("e-1", "a-1", type.name(), Instant.EPOCH, "/test", "system", data, Instant.EPOCH);
    }

    /** A payload with every field given: text fields hold their name, so a summary can show them. */
    static Object sample(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return 3;
        }
        if (type == double.class || type == Double.class) {
            return 1.5;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2025, 11, 14);
        }
        if (type == LocalTime.class) {
            return LocalTime.NOON;
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == Map.class) {
            return Map.of("en", "text");
        }
        if (type.isRecord()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                fields.put(component.getName(), sample(component.getType()));
            }
            return fields;
        }
        throw new IllegalArgumentException("no sample for " + type);
    }
}
