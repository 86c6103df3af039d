package org.entente.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** docs/events.md and EventCatalog must tell the same story. */
class EventCatalogDocumentationTest {

    private static final Pattern SECTION = Pattern.compile(
            "^### (entente\\.\\S+)\\s*$.*?^```json\\s*$(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);

    @Test
    void everyCatalogTypeIsDocumentedAndEveryDocumentedTypeIsInTheCatalog() throws IOException {
        Set<String> catalog = EventCatalog.all().stream().map(EventType::name).collect(Collectors.toCollection(TreeSet::new));

        assertThat(documentedExamples().keySet()).containsExactlyInAnyOrderElementsOf(catalog);
    }

    @Test
    void eachExampleHasExactlyThePayloadRecordsFields() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        documentedExamples().forEach((type, example) -> {
            EventType eventType = EventCatalog.byName(type).orElseThrow();
            JsonNode node = json.readTree(example);
            Set<String> recordFields = Arrays.stream(eventType.payloadType().getRecordComponents())
                    .map(component -> component.getName()).collect(Collectors.toCollection(TreeSet::new));

            assertThat(new TreeSet<>(node.propertyNames())).as(type).isEqualTo(recordFields);
            json.readValue(example, eventType.payloadType());
        });
    }

    private static Map<String, String> documentedExamples() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "events.md"));
        Map<String, String> examples = new LinkedHashMap<>();
        Matcher matcher = SECTION.matcher(page);
        while (matcher.find()) {
            examples.put(matcher.group(1), matcher.group(2));
        }
        return examples;
    }
}
