package org.entente.agreements.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.entente.agreements.Fixtures;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;

/** The register exported as the list filters it, and imported back unchanged. */
@IntegrationTest
class ExportsIT {

    @LocalServerPort
    int port;

    TestApi api;
    Fixtures fixtures;
    String code;
    String agreementId;

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        fixtures = new Fixtures(api);
        Map<String, Object> memorandum = new HashMap<>(fixtures.memorandum());
        memorandum.put("signedOn", "2025-06-12");
        memorandum.put("signedAt", "Astana");
        memorandum.put("expiresOn", "2030-06-11");
        memorandum.put("renewalNoticeDays", 90);
        code = (String) memorandum.get("code");
        agreementId = api.post("/api/agreements", memorandum).getBody().get("id").asString();
        api.post("/api/agreements", fixtures.memorandum()); // another code: the filter below leaves it out
    }

    @Test
    void anXlsxExportHasTypedCellsAndImportsBackUnchanged() throws IOException {
        byte[] xlsx = export("/api/exports/agreements.xlsx?lang=en&q=" + code);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Code");
            assertThat(sheet.getLastRowNum()).as("the filter applies").isEqualTo(1);
            Cell signedOn = sheet.getRow(1).getCell(18);
            assertThat(signedOn.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(signedOn)).isTrue();
            assertThat(signedOn.getLocalDateTimeCellValue().toLocalDate()).hasToString("2025-06-12");
            assertThat(sheet.getRow(1).getCell(22).getCellType()).as("renewal notice days").isEqualTo(CellType.NUMERIC);
        }
        assertThat(reimported(xlsx, "register.xlsx")).containsExactly("UNCHANGED");
    }

    @Test
    void aFrenchCsvExportHasFrenchHeadersAndImportsBackUnchanged() {
        byte[] csv = export("/api/exports/agreements.csv?lang=fr&q=" + code);

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFCode;Nature;Intitulé (anglais)");
        assertThat(text).contains("Mémorandum d'entente").contains("12/06/2025");
        assertThat(reimported(csv, "registre.csv")).containsExactly("UNCHANGED");
    }

    @Test
    void theRegisterNamesTheFocalPointsAndStillImportsBackUnchanged() {
        assertThat(api.send(org.springframework.http.HttpMethod.PUT, "/api/agreements/" + agreementId + "/contacts",
                Map.of("contacts", List.of(
                        Map.of("name", "Aigerim Nurlanovna", "email", "a.nurlanovna@example.kz", "role", "FOCAL_POINT"),
                        Map.of("name", "Paul Legrand", "email", "paul.legrand@example.org", "role", "LEGAL"),
                        Map.of("name", "Claire Martin", "email", "claire.martin@example.org", "role", "FOCAL_POINT"))),
                headers -> headers.setIfMatch("\"1\"")).getStatusCode().value()).isEqualTo(200);

        byte[] csv = export("/api/exports/agreements.csv?lang=en&q=" + code);

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).endsWith(",Focal points");
        assertThat(text).contains("Aigerim Nurlanovna <a.nurlanovna@example.kz>; Claire Martin <claire.martin@example.org>")
                .doesNotContain("Paul Legrand");
        assertThat(reimported(csv, "register.csv")).containsExactly("UNCHANGED");
    }

    @Test
    void aDelegationsExportImportsBackUnchanged() {
        String insp = fixtures.organization("Institut national du service public", "FR");
        String acsa = fixtures.organization("Agency for Civil Service Affairs", "KZ");
        String agreementId = api.post("/api/agreements", fixtures.memorandum(insp, acsa)).getBody().get("id").asString();
        Map<String, Object> visit = new HashMap<>();
        visit.put("direction", "INCOMING");
        visit.put("hostOrganizationId", insp);
        visit.put("visitingOrganizationId", acsa);
        visit.put("leader", Map.of("name", "Darkhan Zhazykbay", "title", "Chairman", "organizationId", acsa));
        visit.put("startDate", "2025-09-15");
        visit.put("endDate", "2025-09-19");
        visit.put("city", "Strasbourg");
        visit.put("country", "FR");
        visit.put("purpose", "Study visit");
        api.post("/api/agreements/" + agreementId + "/delegations", visit);

        byte[] xlsx = export("/api/exports/delegations.xlsx?lang=fr&agreementId=" + agreementId);

        assertThat(reimported(xlsx, "delegations.xlsx", "delegations")).containsExactly("UNCHANGED");
    }

    private byte[] export(String path) {
        return api.client().get().uri(path).retrieve().body(byte[].class);
    }

    private List<String> reimported(byte[] content, String fileName) {
        return reimported(content, fileName, "agreements");
    }

    private List<String> reimported(byte[] content, String fileName, String kind) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        form.add("file", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, part));
        JsonNode upload = api.client().post().uri("/api/imports?kind=" + kind).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form).retrieve().body(JsonNode.class);
        JsonNode rows = api.get("/api/imports/" + upload.get("id").asString() + "/rows").getBody();
        assertThat(rows.get("items")).as(String.valueOf(rows)).isNotNull();
        return rows.get("items").findValuesAsString("outcome");
    }
}
