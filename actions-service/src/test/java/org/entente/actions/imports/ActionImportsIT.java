package org.entente.actions.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.entente.actions.Fixtures;
import org.entente.events.CloudEventHeaders;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.entente.localstack.test.TopicRecords;
import org.entente.platform.spreadsheet.ApplyingImport;
import org.entente.platform.spreadsheet.ImportStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;

/**
 * Action plans from spreadsheets made in the test, planned, applied through the API as the
 * importing manager, against real Kafka and Mongo; and the plan export read back by the import.
 */
@IntegrationTest
class ActionImportsIT {

    private static final String IMPORTER = "importer-manager";
    private static final String FRENCH_HEADER = "Accord;Référence;Intitulé;Catégorie;Responsable;Courriel du responsable;"
            + "Date de début;Échéance;Jalons;Indicateurs;Unités des indicateurs;Cibles des indicateurs";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ApplyingImport applying;

    TestApi manager;
    Fixtures fixtures;
    String agreementId;
    String code;

    @BeforeEach
    void setUp() {
        TestApi admin = new TestApi(port);
        manager = admin.as(IMPORTER, "MANAGER");
        fixtures = new Fixtures(admin, mongo);
        agreementId = fixtures.agreement();
        code = "TEST-" + agreementId.substring(0, 8);
    }

    @Test
    void aFrenchCsvWithBomIsPlannedRowByRowAndAppliedAsTheManagersOwnRequests() {
        byte[] file = csv(true, FRENCH_HEADER,
                code + ";KZ-1;Formation des cadres;Formation;Claire Martin;claire.martin@example.org;15/09/2025;30/06/2026;"
                        + "\"Séminaire de lancement (15/09/2025); Rapport final (30/06/2026)\";\"Cadres formés; Modules\";"
                        + "\"personnes; modules\";\"120; 6,5\"",
                code + ";KZ-2;Visite;Pique-nique;;;31/02/2026;;;;;",
                "NO-SUCH-AGREEMENT;KZ-3;Séminaire;Séminaire;;;;;;;;");

        JsonNode upload = upload("plan.csv", file).getBody();

        assertThat(upload.get("kind").asString()).isEqualTo("ACTIONS");
        assertThat(outcomes(upload)).containsExactly("CREATE", "ERROR", "ERROR");
        JsonNode errors = rows(upload, "ERROR").get("items");
        assertThat(errors.get(0).get("errors").findValuesAsString("column")).containsExactly("Catégorie", "Date de début");
        assertThat(errors.get(0).get("errors").get(1).get("value").asString()).isEqualTo("31/02/2026");
        assertThat(errors.get(1).get("errors").get(0).get("column").asString()).isEqualTo("Accord");
        assertThat(manager.get("/api/agreements/{id}/actions", agreementId).getBody().get("totalItems").asInt())
                .as("nothing is written before the apply").isZero();

        JsonNode done = applyAndWait(upload);

        assertThat(done.get("applied").get("CREATE").asInt()).isEqualTo(1);
        assertThat(done.get("applied").get("ERROR").asInt()).isEqualTo(2);
        JsonNode item = manager.get("/api/agreements/{id}/actions", agreementId).getBody().get("items").get(0);
        assertThat(item.get("reference").asString()).isEqualTo("KZ-1");
        assertThat(item.get("category").asString()).isEqualTo("TRAINING");
        assertThat(item.get("startDate").asString()).isEqualTo("2025-09-15");
        assertThat(item.get("milestones").findValuesAsString("title")).containsExactly("Séminaire de lancement", "Rapport final");
        assertThat(item.get("milestones").get(1).get("dueDate").asString()).isEqualTo("2026-06-30");
        assertThat(item.get("indicators").findValuesAsString("unit")).containsExactly("personnes", "modules");
        assertThat(item.get("indicators").get(1).get("target").asDouble()).isEqualTo(6.5);
        List<ConsumerRecord<String, String>> events = Fixtures.actionEvents(agreementId, 1);
        assertThat(Fixtures.types(events)).containsExactly("entente.action.created.v1");
        assertThat(TopicRecords.header(events.get(0), CloudEventHeaders.ACTOR)).isEqualTo(IMPORTER);

        JsonNode again = upload("plan.csv", file).getBody();

        assertThat(outcomes(again)).as("the same file again changes nothing").containsExactly("UNCHANGED", "ERROR", "ERROR");
        JsonNode reapplied = applyAndWait(again);
        assertThat(reapplied.get("applied").get("UNCHANGED").asInt()).isEqualTo(1);
        assertThat(manager.get("/api/actions/{id}", item.get("id").asString()).getBody().get("version").asLong())
                .isEqualTo(1);
    }

    @Test
    void anEnglishWorkbookUpdatesWhatChangedKeepingProgressAndRefusesASecondRowForTheSameItem() throws IOException {
        String id = fixtures.create(agreementId, Fixtures.item("KZ-1"));
        manager.post("/api/actions/" + id + "/status", Map.of("status", "IN_PROGRESS"));
        manager.post("/api/actions/" + id + "/progress", Map.of("percentComplete", 40,
                "indicatorValues", List.of(Map.of("name", "senior officials trained", "value", 12))));
        List<Object> header = List.of("Agreement", "Reference", "Title", "Category", "Owner", "Owner email", "Due date",
                "Indicators", "Indicator units", "Indicator targets", "Indicator baselines", "Indicator baseline dates");
        byte[] workbook = xlsx(List.of(header,
                List.of(code, "KZ-1", "Leadership training, second cohort", "Training", "Claire Martin",
                        "claire.martin@example.org", LocalDate.of(2026, 6, 30), "senior officials trained", "officials", 40,
                        4, "2024-12-31"),
                List.of(code, "KZ-1", "Another title", "Training", "", "", "", "", "", "", "", ""),
                List.of(code, "KZ-2", "Study visit to Strasbourg", "study visit", "", "", "", "", "", "", "", ""),
                List.of(code, "KZ-3", "Seminar", "Seminar", "", "", "", "modules", "", "", -1, ""),
                List.of(code, "KZ-4", "Seminar", "Seminar", "", "", "", "modules", "", "", 0, "31/02/2025")));

        JsonNode upload = upload("plan.xlsx", workbook).getBody();

        assertThat(outcomes(upload)).containsExactly("UPDATE", "ERROR", "CREATE", "ERROR", "ERROR");
        JsonNode errors = rows(upload, "ERROR").get("items");
        assertThat(errors.get(0).get("errors").get(0).get("rule").asString())
                .isEqualTo("the same action as row 2; keep one row for it");
        assertThat(errors.get(1).get("errors").findValuesAsString("column")).as("a negative baseline")
                .containsExactly("Indicator baselines");
        assertThat(errors.get(2).get("errors").findValuesAsString("column")).as("a baseline date that is no date")
                .containsExactly("Indicator baseline dates");
        applyAndWait(upload);
        JsonNode updated = manager.get("/api/actions/{id}", id).getBody();
        assertThat(updated.get("title").asString()).isEqualTo("Leadership training, second cohort");
        assertThat(updated.get("dueDate").asString()).isEqualTo("2026-06-30");
        assertThat(updated.get("percentComplete").asInt()).as("progress is kept").isEqualTo(40);
        assertThat(updated.get("indicators").get(0).get("actual").asDouble()).isEqualTo(12);
        assertThat(updated.get("indicators").get(0).get("baseline").asDouble()).isEqualTo(4);
        assertThat(updated.get("indicators").get(0).get("baselineDate").asString()).isEqualTo("2024-12-31");
        List<ConsumerRecord<String, String>> events = Fixtures.actionEvents(agreementId, 5);
        assertThat(Fixtures.types(events, id)).containsExactly("entente.action.created.v1",
                "entente.action.status-changed.v1", "entente.action.progress-recorded.v1", "entente.action.updated.v1");
        assertThat(Fixtures.types(events)).as("and the new item's creation").containsExactlyInAnyOrder(
                "entente.action.created.v1", "entente.action.status-changed.v1", "entente.action.progress-recorded.v1",
                "entente.action.updated.v1", "entente.action.created.v1");
    }

    @Test
    void anApplyInterruptedAfterARowsWriteResumesWithoutDoublingIt() {
        byte[] file = csv(false, "agreement,reference,title,category",
                code + ",R-1,Row 1,TRAINING", code + ",R-2,Row 2,SEMINAR", code + ",R-3,Row 3,EVENT");
        JsonNode upload = upload("plan.csv", file).getBody();
        assertThat(outcomes(upload)).containsExactly("CREATE", "CREATE", "CREATE");
        // The crash: the import was confirmed, row 2's write happened, its mark did not.
        String id = upload.get("id").asString();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("status", "APPLYING"),
                ImportStore.IMPORTS);
        fixtures.create(agreementId, Map.of("reference", "R-2", "title", "Row 2", "category", "SEMINAR"));

        applying.resumeInterrupted();

        JsonNode done = awaitApplied(id);
        assertThat(done.get("applied").get("CREATE").asInt()).isEqualTo(2);
        assertThat(done.get("applied").get("UNCHANGED").asInt()).isEqualTo(1);
        assertThat(manager.get("/api/agreements/{id}/actions", agreementId).getBody().get("items")
                .findValuesAsString("reference")).containsExactlyInAnyOrder("R-1", "R-2", "R-3");
        assertThat(manager.post("/api/imports/" + id + "/apply", null).getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void rowsPastMoreThanAPageOfBlankLinesAreAppliedToo() {
        // The apply reads rows a page of row numbers at a time; blank lines have no row.
        String[] lines = new String[403];
        java.util.Arrays.fill(lines, "");
        lines[0] = "agreement,reference,title,category";
        lines[1] = code + ",G-1,Before the gap,TRAINING";
        lines[402] = code + ",G-2,After the gap,SEMINAR";
        JsonNode upload = upload("plan.csv", csv(false, lines)).getBody();
        assertThat(outcomes(upload)).containsExactly("CREATE", "CREATE");

        JsonNode done = applyAndWait(upload);

        assertThat(done.get("applied").get("CREATE").asInt()).isEqualTo(2);
        assertThat(manager.get("/api/agreements/{id}/actions", agreementId).getBody().get("items")
                .findValuesAsString("reference")).containsExactlyInAnyOrder("G-1", "G-2");
    }

    @Test
    void aPlanExportedInEitherFormatAndLanguageImportsBackUnchanged() throws IOException {
        Map<String, Object> item = new java.util.HashMap<>(Fixtures.item("KZ-1"));
        item.put("startDate", "2025-09-15");
        item.put("dueDate", "2026-06-30");
        item.put("weight", 3);
        item.put("milestones", List.of(Map.of("title", "Kick-off (seminar)", "dueDate", "2025-09-15"),
                Map.of("title", "Final report")));
        item.put("indicators", List.of(Map.of("name", "officials trained", "unit", "officials", "target", 40.5,
                "baseline", 4.5, "baselineDate", "2024-12-31"), Map.of("name", "modules", "target", 6)));
        String id = fixtures.create(agreementId, item);
        fixtures.create(agreementId, Map.of("reference", "KZ-2", "title", "Study visit", "category", "STUDY_VISIT"));
        manager.post("/api/actions/" + id + "/status", Map.of("status", "IN_PROGRESS"));
        manager.post("/api/actions/" + id + "/progress", Map.of("percentComplete", 25,
                "indicatorValues", List.of(Map.of("name", "officials trained", "value", 10.5))));

        byte[] frenchCsv = export("csv", "fr");
        byte[] englishXlsx = export("xlsx", "en");

        String text = new String(frenchCsv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFAccord;Référence;Intitulé").contains("15/09/2025").contains("40,5; 6").contains("4,5; ").contains("31/12/2024; ")
                .contains("En cours;25;\"10,5; 0\"");
        assertThat(outcomes(upload("plan.csv", frenchCsv).getBody())).containsExactly("UNCHANGED", "UNCHANGED");
        assertThat(outcomes(upload("plan.xlsx", englishXlsx).getBody())).containsExactly("UNCHANGED", "UNCHANGED");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(englishXlsx))) {
            Row first = workbook.getSheetAt(0).getRow(1);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(7))).as("start date in a date cell").isTrue();
            assertThat(first.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 9, 15));
            assertThat(first.getCell(9).getCellType()).as("weight in a number cell").isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(17).getNumericCellValue()).isEqualTo(25);
        }
    }

    @Test
    void bothTemplatesNameEveryColumnAndAnUnknownKindIsRefusedNamingTheKinds() {
        for (String language : List.of("en", "fr")) {
            byte[] template = manager.client().get().uri("/api/imports/templates/actions.xlsx?lang=" + language)
                    .retrieve().body(byte[].class);
            JsonNode upload = upload("template.xlsx", template).getBody();
            assertThat(upload.get("ignoredColumns")).isEmpty();
            JsonNode values = rows(upload, null).get("items").get(0).get("values");
            assertThat(values.get("reference").asString()).isEqualTo("KZ-1");
            assertThat(values.get("indicator_targets").asString()).isEqualTo("120; 6");
            assertThat(values.get("indicator_baselines").asString()).isEqualTo("0; 0");
        }
        ResponseEntity<JsonNode> refused = manager.get("/api/imports/templates/agreements.csv");
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().toString()).contains("kind").contains("must be one of actions");
    }

    // Helpers

    private byte[] export(String format, String language) {
        return manager.client().get().uri("/api/exports/agreements/" + agreementId + "/plan." + format + "?lang="
                + language).retrieve().body(byte[].class);
    }

    private ResponseEntity<JsonNode> upload(String fileName, byte[] content) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        form.add("file", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, part));
        return manager.client().post().uri("/api/imports?kind=actions").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form).retrieve().toEntity(JsonNode.class);
    }

    private JsonNode rows(JsonNode upload, String outcome) {
        return manager.get("/api/imports/" + upload.get("id").asString() + "/rows?size=100"
                + (outcome == null ? "" : "&outcome=" + outcome)).getBody();
    }

    private List<String> outcomes(JsonNode upload) {
        assertThat(upload.get("id")).as(String.valueOf(upload)).isNotNull();
        JsonNode rows = rows(upload, null).get("items");
        assertThat(rows).as(String.valueOf(rows)).isNotNull();
        return rows.findValuesAsString("outcome");
    }

    private JsonNode applyAndWait(JsonNode upload) {
        String id = upload.get("id").asString();
        assertThat(manager.post("/api/imports/" + id + "/apply", null).getStatusCode().value()).isEqualTo(202);
        return awaitApplied(id);
    }

    private JsonNode awaitApplied(String id) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> manager.get("/api/imports/" + id).getBody(),
                job -> "APPLIED".equals(job.get("status").asString()));
    }

    private static byte[] csv(boolean bom, String... lines) {
        String text = String.join("\r\n", lines) + "\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    /** A workbook of these lines, written with POI: dates in date cells, numbers in number cells. */
    private static byte[] xlsx(List<List<Object>> lines) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet("plan");
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < lines.get(r).size(); c++) {
                    Object value = lines.get(r).get(c);
                    if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (!"".equals(value)) {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
