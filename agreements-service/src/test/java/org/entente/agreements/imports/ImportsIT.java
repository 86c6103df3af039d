package org.entente.agreements.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.entente.agreements.Fixtures;
import org.entente.events.CloudEventHeaders;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.entente.localstack.test.TestInfrastructure;
import org.entente.localstack.test.TopicRecords;
import org.entente.platform.spreadsheet.ApplyingImport;
import org.entente.platform.spreadsheet.ImportStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
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

/** Spreadsheets made in the test, uploaded, planned, applied through the API, against real Kafka and Mongo. */
@IntegrationTest
class ImportsIT {

    private static final String IMPORTER = "importer-claire";

    @LocalServerPort
    int port;

    @Value("${entente.topics.agreements}")
    String topic;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ApplyingImport applying;

    TestApi admin;
    TestApi staff;
    String unique;

    @BeforeEach
    void setUp() {
        admin = new TestApi(port);
        staff = admin.as(IMPORTER, "STAFF");
        unique = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    // Organizations: CSV as French Excel writes it

    @Test
    void aFrenchCsvWithBomAndSemicolonsIsPlannedThenAppliedAsTheImporter() {
        byte[] csv = csv(true, ';',
                "Nom;Sigle;Pays;Type;Site web",
                "Institut national du service public " + unique + ";I" + unique + ";France;École ou académie;https://insp.gouv.fr",
                "Agence " + unique + ";A" + unique + ";Kazakhstan;GOVERNMENT_AGENCY;",
                "Atlantis " + unique + ";;Atlantide;Autre;");

        JsonNode upload = upload("organizations", "organisations.csv", csv).getBody();

        assertThat(upload.get("status").asString()).isEqualTo("READY");
        assertThat(upload.get("rowsTotal").asInt()).isEqualTo(3);
        assertThat(upload.get("planned").get("CREATE").asInt()).isEqualTo(2);
        assertThat(upload.get("planned").get("ERROR").asInt()).isEqualTo(1);
        assertThat(organizationsNamed(unique)).as("a dry run writes nothing").isZero();
        JsonNode errors = rows(upload, "ERROR").get("items");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("number").asInt()).isEqualTo(4);
        assertThat(errors.get(0).get("errors").get(0).get("column").asString()).isEqualTo("Pays");
        assertThat(errors.get(0).get("errors").get(0).get("value").asString()).isEqualTo("Atlantide");
        assertThat(errors.get(0).get("errors").get(0).get("rule").asString()).contains("ISO 3166-1");

        JsonNode applied = applyAndWait(upload);

        assertThat(applied.get("applied").get("CREATE").asInt()).isEqualTo(2);
        assertThat(applied.get("rowsDone").asInt()).isEqualTo(3);
        JsonNode kazakh = admin.get("/api/organizations?q=Agence " + unique).getBody().get("items").get(0);
        assertThat(kazakh.get("country").asString()).isEqualTo("KZ");
        List<ConsumerRecord<String, String>> events = events(kazakh.get("id").asString(), 1);
        assertThat(TopicRecords.header(events.get(0), CloudEventHeaders.TYPE)).isEqualTo("entente.organization.registered.v1");
        assertThat(TopicRecords.header(events.get(0), CloudEventHeaders.ACTOR)).isEqualTo(IMPORTER);
    }

    @Test
    void aRowNamingTheOrganizationAnEarlierRowRegisteredUpdatesIt() {
        byte[] csv = csv(false, ',', "name,acronym,country,type",
                "Agence " + unique + ",A" + unique + ",KZ,GOVERNMENT_AGENCY",
                "Agence " + unique + ",B" + unique + ",KZ,GOVERNMENT_AGENCY");
        JsonNode upload = upload("organizations", "organizations.csv", csv).getBody();
        assertThat(outcomes(upload)).as("before the apply, neither exists").containsExactly("CREATE", "CREATE");

        JsonNode applied = applyAndWait(upload);

        assertThat(applied.get("applied").get("CREATE").asInt()).isEqualTo(1);
        assertThat(applied.get("applied").get("UPDATE").asInt()).as("row 2 matches row 1's by name").isEqualTo(1);
        JsonNode found = admin.get("/api/organizations?q=Agence " + unique).getBody().get("items");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("acronym").asString()).isEqualTo("B" + unique);
    }

    // Agreements: XLSX written with POI, every outcome

    @Test
    void anXlsxOfAgreementsPlansEveryOutcomeAppliesTheGoodRowsAndReimportsUnchanged() throws IOException {
        String insp = organization("Institut national du service public", "INSP" + unique, "FR");
        String acsa = organization("Agency for Civil Service Affairs", "ACSA" + unique, "KZ");
        Map<String, Object> same = new Fixtures(admin).memorandum(insp, acsa);
        same.put("code", "SAME-" + unique);
        same.put("summary", null);
        same.put("themes", List.of("leadership"));
        same.put("responsible", null);
        same.put("confidentiality", "INTERNAL");
        same.put("parties", List.of(Map.of("organizationId", insp, "role", "SIGNATORY",
                "signatory", Map.of("name", "Maryvonne Le Brignonen", "title", "Director")),
                Map.of("organizationId", acsa, "role", "SIGNATORY",
                        "signatory", Map.of("name", "Darkhan Zhazykbay", "title", "Chairman"))));
        JsonNode sameAgreement = admin.post("/api/agreements", same).getBody();
        assertThat(sameAgreement.get("id")).as(String.valueOf(sameAgreement)).isNotNull();
        String sameId = sameAgreement.get("id").asString();
        Map<String, Object> edited = new java.util.HashMap<>(same);
        edited.put("code", "EDIT-" + unique);
        edited.put("title", Map.of("en", "An older title", "fr", "Un ancien intitulé"));
        String editedId = admin.post("/api/agreements", edited).getBody().get("id").asString();

        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of("Code", "Kind", "Title (English)", "Title (French)", "Themes", "Party 1", "Party 1 role",
                "Party 1 signatory", "Party 1 signatory title", "Party 2", "Party 2 role", "Party 2 signatory",
                "Party 2 signatory title", "Signed on", "Confidentiality"));
        lines.add(row("SAME-" + unique, "MOU", "INSP" + unique, "ACSA" + unique, ""));
        lines.add(row("EDIT-" + unique, "Memorandum of understanding", "INSP" + unique, acsa, ""));
        lines.add(row("NEW-" + unique, "Mémorandum d'entente", "institut national du service public " + unique.toLowerCase(),
                "Agency for Civil Service Affairs " + unique, LocalDate.of(2025, 6, 12)));
        lines.add(row("BAD-" + unique, "Treaty", "INSP" + unique, "Nobody " + unique, ""));
        byte[] xlsx = xlsx(lines, 4, 2); // row 5's title is a formula

        JsonNode upload = upload("agreements", "register.xlsx", xlsx).getBody();

        assertThat(outcomes(upload)).as(String.valueOf(rows(upload, null))).containsExactly("UNCHANGED", "UPDATE", "CREATE", "ERROR");
        JsonNode bad = rows(upload, "ERROR").get("items").get(0);
        assertThat(bad.get("errors").findValuesAsString("column")).contains("Kind", "Party 2", "Title (English)");
        assertThat(bad.get("errors").findValuesAsString("rule")).anyMatch(rule -> rule.contains("formula"));
        assertThat(bad.get("errors").findValuesAsString("rule")).anyMatch(rule -> rule.startsWith("must be one of MOU"));

        JsonNode applied = applyAndWait(upload);

        assertThat(applied.get("applied").get("CREATE").asInt()).isEqualTo(1);
        assertThat(applied.get("applied").get("UPDATE").asInt()).isEqualTo(1);
        assertThat(applied.get("applied").get("UNCHANGED").asInt()).isEqualTo(1);
        JsonNode created = admin.get("/api/agreements?q=NEW-" + unique).getBody().get("items").get(0);
        assertThat(created.get("signedOn").asString()).isEqualTo("2025-06-12");
        assertThat(created.get("parties").get(1).get("organizationId").asString()).isEqualTo(acsa);
        List<ConsumerRecord<String, String>> createdEvents = events(created.get("id").asString(), 1);
        assertThat(createdEvents).hasSize(1);
        assertThat(TopicRecords.header(createdEvents.get(0), CloudEventHeaders.ACTOR)).isEqualTo(IMPORTER);
        List<ConsumerRecord<String, String>> editedEvents = events(editedId, 2);
        assertThat(editedEvents).extracting(record -> TopicRecords.header(record, CloudEventHeaders.TYPE))
                .containsExactly("entente.agreement.created.v1", "entente.agreement.updated.v1");
        assertThat(events(sameId, 1)).as("an unchanged row makes no event").hasSize(1);

        JsonNode again = upload("agreements", "register.xlsx", xlsx).getBody();

        assertThat(outcomes(again)).containsExactly("UNCHANGED", "UNCHANGED", "UNCHANGED", "ERROR");
    }

    // Agreements: CSV as English Excel writes it, resumed after an interrupted apply

    @Test
    void anApplyInterruptedAfterARowsWriteResumesWithoutDoublingIt() {
        String insp = organization("Institut national du service public", "INSP" + unique, "FR");
        organization("Agency for Civil Service Affairs", "ACSA" + unique, "KZ");
        List<String> lines = new ArrayList<>(List.of("code,kind,title_en,title_fr,party1_organization,party1_role,signed_on"));
        for (int i = 1; i <= 3; i++) {
            lines.add("R" + i + "-" + unique + ",MOU,Row " + i + ",Ligne " + i + ",INSP" + unique + ",Partner,12/06/2025");
        }
        JsonNode upload = upload("agreements", "register.csv", csv(false, ',', lines.toArray(String[]::new))).getBody();
        assertThat(outcomes(upload)).as(String.valueOf(rows(upload, null))).containsExactly("CREATE", "CREATE", "CREATE");
        // The crash: the import was confirmed, row 2's write happened, its mark did not.
        String id = upload.get("id").asString();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("status", "APPLYING"),
                ImportStore.IMPORTS);
        Map<String, Object> second = new java.util.HashMap<>(Map.of("code", "R2-" + unique, "kind", "MOU",
                "title", Map.of("en", "Row 2", "fr", "Ligne 2"), "signedOn", "2025-06-12",
                "parties", List.of(Map.of("organizationId", insp, "role", "PARTNER"))));
        String secondId = staff.post("/api/agreements", second).getBody().get("id").asString();

        applying.resumeInterrupted();

        JsonNode done = awaitApplied(id);
        assertThat(done.get("applied").get("CREATE").asInt()).isEqualTo(2);
        assertThat(done.get("applied").get("UNCHANGED").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/agreements?q=R2-" + unique).getBody().get("totalItems").asInt()).isEqualTo(1);
        assertThat(events(secondId, 1)).as("row 2 is not applied twice").hasSize(1);
        assertThat(admin.get("/api/agreements?q=" + unique).getBody().get("totalItems").asInt()).isEqualTo(3);
        assertThat(staff.post("/api/imports/" + id + "/apply", null).getStatusCode().value()).isEqualTo(409);
    }

    // Delegations: French CSV, dates as DD/MM/YYYY, the agreement by its code

    @Test
    void delegationsAreScheduledUnderTheAgreementTheyNameAndReimportUnchanged() {
        String insp = organization("Institut national du service public", "INSP" + unique, "FR");
        String acsa = organization("Agency for Civil Service Affairs", "ACSA" + unique, "KZ");
        Map<String, Object> memorandum = new Fixtures(admin).memorandum(insp, acsa);
        String agreementId = admin.post("/api/agreements", memorandum).getBody().get("id").asString();
        byte[] csv = csv(true, ';',
                "Accord;Sens;Hôte;Visiteur;Chef de délégation;Fonction du chef;Début;Fin;Ville;Pays;Objet",
                memorandum.get("code") + ";Entrante;INSP" + unique + ";ACSA" + unique
                        + ";Darkhan Zhazykbay;Président;15/09/2025;19/09/2025;Strasbourg;France;Visite d'étude",
                memorandum.get("code") + ";Entrante;INSP" + unique + ";ACSA" + unique
                        + ";Darkhan Zhazykbay;Président;19/09/2025;15/09/2025;Strasbourg;France;Dates inversées");

        JsonNode upload = upload("delegations", "delegations.csv", csv).getBody();

        assertThat(outcomes(upload)).as(String.valueOf(rows(upload, null))).containsExactly("CREATE", "ERROR");
        applyAndWait(upload);
        JsonNode visits = admin.get("/api/agreements/" + agreementId + "/delegations").getBody().get("items");
        assertThat(visits).hasSize(1);
        assertThat(visits.get(0).get("startDate").asString()).isEqualTo("2025-09-15");
        assertThat(visits.get(0).get("visitingOrganization").get("organizationId").asString()).isEqualTo(acsa);
        List<ConsumerRecord<String, String>> scheduled = TopicRecords.await(
                TestInfrastructure.get().kafkaBootstrapServers(), topic, record -> agreementId.equals(record.key())
                        && "entente.delegation.scheduled.v1".equals(TopicRecords.header(record, CloudEventHeaders.TYPE)),
                found -> !found.isEmpty(), Duration.ofSeconds(30));
        assertThat(scheduled).hasSize(1);
        assertThat(TopicRecords.header(scheduled.get(0), CloudEventHeaders.ACTOR)).isEqualTo(IMPORTER);

        assertThat(outcomes(upload("delegations", "delegations.csv", csv).getBody())).containsExactly("UNCHANGED", "ERROR");
    }

    // Files that are not what they say

    @Test
    void moreRowsThanTheLimitAreRefusedNamingTheLimit() {
        StringBuilder csv = new StringBuilder("name,country\n");
        for (int i = 0; i <= 50_000; i++) {
            csv.append("o").append(i).append(",FR\n");
        }
        ResponseEntity<JsonNode> answer = upload("organizations", "big.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getBody().get("detail").asString()).contains("more than 50000 rows");
    }

    @Test
    void aCellOfTenMegabytesIsRefusedNamingTheLimit() {
        String huge = "x".repeat(10 * 1024 * 1024);
        ResponseEntity<JsonNode> answer = upload("organizations", "huge.csv",
                ("name,country\n" + huge + ",FR\n").getBytes(StandardCharsets.UTF_8));
        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getBody().get("detail").asString()).contains("at most 32767");
    }

    @Test
    void anXlsxThatIsAZipBombIsRefused() throws IOException {
        byte[] xlsx = xlsx(List.of(List.of("name", "country"), List.of("INSP", "FR")), -1, -1);
        byte[] bomb = withSheetPadding(xlsx, 15 * 1024 * 1024);
        ResponseEntity<JsonNode> answer = upload("organizations", "bomb.xlsx", bomb);
        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getBody().get("detail").asString()).contains("zip bomb");
    }

    @Test
    void aFileThatIsNotAWorkbookOrLacksAColumnIsRefused() {
        ResponseEntity<JsonNode> notXlsx = upload("organizations", "fake.xlsx", "name,country".getBytes(StandardCharsets.UTF_8));
        ResponseEntity<JsonNode> noCountry = upload("organizations", "o.csv", "Name\nINSP\n".getBytes(StandardCharsets.UTF_8));
        ResponseEntity<JsonNode> unknownKind = upload("treaties", "o.csv", "Name\nINSP\n".getBytes(StandardCharsets.UTF_8));

        assertThat(notXlsx.getStatusCode().value()).isEqualTo(422);
        assertThat(notXlsx.getBody().get("detail").asString()).contains("XLSX");
        assertThat(noCountry.getStatusCode().value()).isEqualTo(422);
        assertThat(noCountry.getBody().get("detail").asString()).contains("Country (Pays)");
        assertThat(unknownKind.getStatusCode().value()).isEqualTo(400);
    }

    // Templates

    @Test
    void theFrenchOrganizationTemplatePlansItsExampleWithoutError() {
        ResponseEntity<byte[]> template = admin.client().get().uri("/api/imports/templates/organizations.csv?lang=fr")
                .retrieve().toEntity(byte[].class);
        assertThat(new String(template.getBody(), StandardCharsets.UTF_8)).startsWith("\uFEFFNom;Sigle;Pays;Type;Site web");

        JsonNode upload = upload("organizations", "modele.csv", template.getBody()).getBody();

        assertThat(upload.get("ignoredColumns")).isEmpty();
        JsonNode example = rows(upload, null).get("items").get(0);
        assertThat(example.get("errors")).isEmpty();
        assertThat(example.get("values").get("acronym").asString()).isEqualTo("INSP");
    }

    @Test
    void theEnglishAgreementWorkbookTemplateNamesEveryColumn() {
        ResponseEntity<byte[]> template = admin.client().get().uri("/api/imports/templates/agreements.xlsx?lang=en")
                .retrieve().toEntity(byte[].class);

        JsonNode upload = upload("agreements", "template.xlsx", template.getBody()).getBody();

        assertThat(upload.get("ignoredColumns")).isEmpty();
        JsonNode values = rows(upload, null).get("items").get(0).get("values");
        assertThat(values.get("code").asString()).isEqualTo("INSP-KZ-2025-01");
        assertThat(values.get("party2_signatory").asString()).isEqualTo("Darkhan Zhazykbay");
        assertThat(values.get("signed_on").asString()).isEqualTo("2025-06-12");
    }

    // Helpers

    private ResponseEntity<JsonNode> upload(String kind, String fileName, byte[] content) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        form.add("file", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, part));
        return staff.client().post().uri("/api/imports?kind=" + kind).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form).retrieve().toEntity(JsonNode.class);
    }

    private JsonNode rows(JsonNode upload, String outcome) {
        return staff.get("/api/imports/" + upload.get("id").asString() + "/rows?size=100"
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
        assertThat(staff.post("/api/imports/" + id + "/apply", null).getStatusCode().value()).isEqualTo(202);
        return awaitApplied(id);
    }

    private JsonNode awaitApplied(String id) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> staff.get("/api/imports/" + id).getBody(),
                job -> "APPLIED".equals(job.get("status").asString()));
    }

    private String organization(String name, String acronym, String country) {
        return admin.post("/api/organizations", Map.of("name", name + " " + unique, "acronym", acronym,
                "country", country, "type", "GOVERNMENT_AGENCY")).getBody().get("id").asString();
    }

    private long organizationsNamed(String text) {
        return admin.get("/api/organizations?q=" + text).getBody().get("totalItems").asLong();
    }

    private List<ConsumerRecord<String, String>> events(String key, int expected) {
        return TopicRecords.await(TestInfrastructure.get().kafkaBootstrapServers(), topic,
                record -> key.equals(record.key()), found -> found.size() >= expected, Duration.ofSeconds(30));
    }

    private static List<Object> row(String code, String kind, String party1, String party2, Object signedOn) {
        return List.of(code, kind, "Memorandum of cooperation on civil service",
                "Mémorandum de coopération en matière de fonction publique", "leadership", party1, "Signatory",
                "Maryvonne Le Brignonen", "Director", party2, "Signataire", "Darkhan Zhazykbay", "Chairman",
                signedOn, "Internal");
    }

    private static byte[] csv(boolean bom, char separator, String... lines) {
        String text = String.join("\r\n", lines).replace(';', separator) + "\r\n";
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

    /** A workbook of these lines; dates in date-formatted cells; the cell at (formulaRow, formulaColumn) a formula. */
    private static byte[] xlsx(List<List<Object>> lines, int formulaRow, int formulaColumn) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet("register");
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < lines.get(r).size(); c++) {
                    Object value = lines.get(r).get(c);
                    if (r == formulaRow && c == formulaColumn) {
                        row.createCell(c).setCellFormula("CONCATENATE(\"a\",\"b\")");
                    } else if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else if (!"".equals(value)) {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook with its sheet padded by blank space: a few kilobytes that unpack to many megabytes. */
    private static byte[] withSheetPadding(byte[] xlsx, int padding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().endsWith("sheet1.xml")) {
                    String sheet = new String(content, StandardCharsets.UTF_8);
                    int data = sheet.indexOf("<sheetData>") + "<sheetData>".length();
                    zip.write((sheet.substring(0, data) + " ".repeat(padding) + sheet.substring(data))
                            .getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
