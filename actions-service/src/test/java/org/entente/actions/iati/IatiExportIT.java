package org.entente.actions.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.entente.actions.Fixtures;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.entente.localstack.test.TestEvents;
import org.entente.platform.replica.AgreementReplica;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Element;

/**
 * The IATI export of an agreement learnt from its events (parties, dates, the signed PDF) with
 * its action plan, checked against the 2.03 activity standard's rules, and who may be exported.
 */
@IntegrationTest
class IatiExportIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestApi manager;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        TestApi admin = new TestApi(port);
        manager = admin.as("iati-manager", "MANAGER");
        fixtures = new Fixtures(admin, mongo);
    }

    @Test
    void anAgreementAndItsPlanAreParentAndChildActivitiesThatKeepTheStandardsRules() throws Exception {
        String id = signedMemorandum("PUBLIC");
        Map<String, Object> training = new HashMap<>(Fixtures.item("KZ-1"));
        training.put("startDate", "2025-09-15");
        training.put("dueDate", "2026-06-30");
        training.put("indicators", List.of(Map.of("name", "senior officials trained", "unit", "officials", "target", 40,
                        "baseline", 4, "baselineDate", "2024-12-31"), Map.of("name", "modules", "target", 6)));
        String kz1 = fixtures.create(id, training);
        manager.post("/api/actions/" + kz1 + "/status", Map.of("status", "IN_PROGRESS"));
        manager.post("/api/actions/" + kz1 + "/progress", Map.of("percentComplete", 30,
                "indicatorValues", List.of(Map.of("name", "senior officials trained", "value", 12))));
        fixtures.create(id, Map.of("reference", "KZ/2", "title", "Study visit", "category", "STUDY_VISIT"));

        Element root = export("/api/exports/iati.xml?agreementId=" + id);

        assertThat(Iati203Rules.check(root, LocalDate.now().toString())).isEmpty();
        List<Element> activities = Iati203Rules.children(root);
        assertThat(activities).hasSize(3);
        Element parent = activities.get(0);
        String code = "TEST-" + id.substring(0, 8);
        assertThat(text(parent, "iati-identifier")).isEqualTo("XM-DAC-ENTENTE-" + code);
        assertThat(parent.getAttribute("hierarchy")).isEqualTo("1");
        assertThat(Iati203Rules.named(Iati203Rules.named(parent, "title").get(0), "narrative"))
                .extracting(narrative -> narrative.getAttributeNS(XMLConstants.XML_NS_URI, "lang") + ":"
                        + narrative.getTextContent()).containsExactly("en:Memorandum", "fr:Mémorandum");
        Element description = Iati203Rules.named(parent, "description").get(0);
        assertThat(description.getAttribute("type")).isEqualTo("1");
        assertThat(Iati203Rules.named(description, "narrative")).extracting(narrative -> narrative.getAttributeNS(
                XMLConstants.XML_NS_URI, "lang") + ":" + narrative.getTextContent())
                .as("the summary, learnt from the events").containsExactly("en:Modernising Kazakhstan's public administration");
        assertThat(Iati203Rules.named(parent, "participating-org")).extracting(org -> org.getAttribute("role"))
                .containsExactly("2", "4");
        assertThat(attribute(parent, "activity-status", "code")).isEqualTo("2");
        assertThat(Iati203Rules.named(parent, "activity-date")).extracting(date -> date.getAttribute("type") + "@"
                + date.getAttribute("iso-date")).containsExactly("2@2025-06-12", "3@2030-06-11");
        assertThat(Iati203Rules.named(parent, "recipient-country")).extracting(country -> country.getAttribute("code"))
                .as("the parties' countries but the publisher's").containsExactly("KZ");
        assertThat(Iati203Rules.named(parent, "sector")).extracting(sector -> sector.getAttribute("code") + ":"
                + sector.getAttribute("percentage")).containsExactly("11430:50", "22040:50");
        Element document = Iati203Rules.named(parent, "document-link").get(0);
        assertThat(document.getAttribute("url")).endsWith("/api/agreements/" + id + "/documents/doc-signed");
        assertThat(attribute(document, "category", "code")).isEqualTo("A09");
        assertThat(Iati203Rules.named(parent, "related-activity")).extracting(link -> link.getAttribute("type") + ":"
                + link.getAttribute("ref")).containsExactly("2:XM-DAC-ENTENTE-" + code + "-KZ-1",
                "2:XM-DAC-ENTENTE-" + code + "-KZ-2");
        Element child = activities.get(1);
        assertThat(child.getAttribute("hierarchy")).isEqualTo("2");
        assertThat(attribute(child, "activity-status", "code")).isEqualTo("2");
        assertThat(attribute(child, "related-activity", "type")).isEqualTo("1");
        Element indicator = Iati203Rules.named(Iati203Rules.named(child, "result").get(0), "indicator").get(0);
        assertThat(attribute(indicator, "baseline", "year")).isEqualTo("2024");
        assertThat(attribute(indicator, "baseline", "iso-date")).isEqualTo("2024-12-31");
        assertThat(attribute(indicator, "baseline", "value")).isEqualTo("4");
        assertThat(Iati203Rules.named(Iati203Rules.named(Iati203Rules.named(child, "result").get(0), "indicator").get(1),
                "baseline")).as("an indicator without a baseline has none").isEmpty();
        Element period = Iati203Rules.named(indicator, "period").get(0);
        assertThat(attribute(period, "period-start", "iso-date")).isEqualTo("2025-09-15");
        assertThat(attribute(period, "period-end", "iso-date")).isEqualTo("2026-06-30");
        assertThat(attribute(period, "target", "value")).isEqualTo("40");
        assertThat(attribute(period, "actual", "value")).as("from the progress log").isEqualTo("12");
        assertThat(Iati203Rules.named(activities.get(2), "result")).as("an item without indicators has no result").isEmpty();
    }

    @Test
    void restrictedAgreementsAreNeverExportedAndInternalOnesOnlyWhenAsked() {
        String internal = signedMemorandum("INTERNAL");
        String restricted = fixtures.restrictedAgreement(List.of("iati-manager"), List.of(), "leadership");

        ResponseEntity<?> internalRefused = manager.get("/api/exports/iati.xml?agreementId=" + internal);
        assertThat(internalRefused.getStatusCode().value()).isEqualTo(422);
        assertThat(internalRefused.getBody().toString()).contains("internal=true");
        assertThat(manager.client().get().uri("/api/exports/iati.xml?internal=true&agreementId=" + internal)
                .retrieve().toEntity(String.class).getBody()).contains("<iati-activity ");
        ResponseEntity<?> restrictedRefused = manager.get("/api/exports/iati.xml?internal=true&agreementId="
                + internal + "&agreementId=" + restricted);
        assertThat(restrictedRefused.getStatusCode().value()).isEqualTo(422);
        assertThat(restrictedRefused.getBody().toString()).contains("restricted");
        assertThat(manager.get("/api/exports/iati.xml").getStatusCode().value()).isEqualTo(400);
        assertThat(manager.get("/api/exports/iati.xml?agreementId=no-such-agreement").getStatusCode().value())
                .isEqualTo(404);
    }

    /** An ACTIVE memorandum between INSP (FR) and Kazakhstan's agency, signed, with its signed PDF attached. */
    private String signedMemorandum(String confidentiality) {
        String id = UUID.randomUUID().toString();
        String snapshot = Fixtures.snapshot(id, 1, "ACTIVE", List.of("FR", "KZ"),
                        List.of("leadership", "digital-transformation", "unmapped-theme"))
                .replace("\"signedOn\": null, \"signedAt\": null, \"effectiveFrom\": null, \"expiresOn\": null",
                        "\"signedOn\": \"2025-06-12\", \"signedAt\": \"Astana\", \"effectiveFrom\": \"2025-06-12\", "
                                + "\"expiresOn\": \"2030-06-11\"")
                .replace("\"confidentiality\": \"PUBLIC\"", "\"confidentiality\": \"" + confidentiality + "\"")
                .replace("\"themes\":", "\"summary\": \"Modernising Kazakhstan's public administration\", \"themes\":")
                .replaceFirst("\"role\": \"SIGNATORY\"", "\"role\": \"SIGNATORY\"")
                .replace("\"name\": \"Organization KZ\", \"country\": \"KZ\", \"role\": \"SIGNATORY\"",
                        "\"name\": \"Agency for Civil Service Affairs\", \"country\": \"KZ\", \"role\": \"PARTNER\"");
        send(id, "entente.agreement.created.v1", "{\"agreement\": " + snapshot + "}");
        send(id, "entente.agreement.document-added.v1", "{\"agreement\": " + snapshot.replace("\"version\": 1,",
                "\"version\": 2,") + ", \"documentId\": \"doc-signed\", \"fileName\": \"memorandum-signed.pdf\", "
                + "\"contentType\": \"application/pdf\", \"size\": 20480}");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            AgreementReplica replica = mongo.findById(id, AgreementReplica.class, AgreementReplica.COLLECTION);
            return replica != null && replica.version() == 2;
        });
        return id;
    }

    private static void send(String id, String type, String data) {
        TestEvents.send(Fixtures.bootstrap(), TestEvents.cloudEvent(Fixtures.AGREEMENTS_TOPIC,
                UUID.randomUUID().toString(), type, id, Instant.now(), data));
    }

    private Element export(String path) throws Exception {
        byte[] xml = manager.client().get().uri(path).retrieve().body(byte[].class);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }

    private static String text(Element parent, String name) {
        return Iati203Rules.named(parent, name).get(0).getTextContent();
    }

    private static String attribute(Element parent, String name, String attribute) {
        return Iati203Rules.named(parent, name).get(0).getAttribute(attribute);
    }
}
