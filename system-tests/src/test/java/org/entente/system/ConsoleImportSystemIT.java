package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The "done when" in a real Chromium, keyboard only, axe-core on every page: the seeds'
 * three partnerships, kept by a cooperation office in spreadsheets with French headers, are
 * imported in the console with a dry run and an apply; the register's CSV, XLSX and IATI XML
 * exports then hold them, and the brief of one reads back with its parties.
 */
class ConsoleImportSystemIT extends ConsoleBrowserTest {

    private static final List<String> CODES = List.of("INSP-KZ-2025-01", "ACSH-KR-2021-01", "EF-VN-2024-01");

    @TempDir
    Path files;



    @Test
    void theThreePartnershipsImportWithADryRunAndComeBackOutAsCsvXlsxIatiAndABrief() throws IOException {
        signIn("claire", "Hello");
        browser.press(By.linkText("Imports"));
        browser.waitForText(By.tagName("h1"), "Import a spreadsheet");
        browser.assertAccessible("the import page");

        upload("Organizations", spreadsheet("organisations.xlsx", List.of(
                List.of("Nom", "Sigle", "Pays", "Type"),
                List.of("Institut national du service public", "INSP", "France", "École ou académie"),
                List.of("Agence des affaires de la fonction publique", "", "Kazakhstan", "Administration publique"),
                List.of("Astana Civil Service Hub", "ACSH", "Kazakhstan", "Organisation internationale"),
                List.of("Gouvernement de la République de Corée", "", "KR", "Administration publique"),
                List.of("Expertise France", "", "France", "Agence de développement"),
                List.of("Bureau du Gouvernement du Vietnam", "", "VN", "Administration publique"))));
        browser.waitForText(By.tagName("h1"), "Import of organisations.xlsx");
        assertThat(browser.text(By.id("import-planned"))).contains("Create").contains("6");
        browser.assertAccessible("an import's dry run");
        apply();

        browser.press(By.linkText("Back to the imports"));
        upload("Agreements", spreadsheet("registre-accords.xlsx", List.of(
                List.of("Code", "Nature", "Intitulé (français)", "Intitulé (anglais)",
                        "Partie 1", "Rôle partie 1", "Signataire partie 1", "Fonction signataire partie 1",
                        "Partie 2", "Rôle partie 2", "Signataire partie 2", "Fonction signataire partie 2",
                        "Signé le", "Signé à", "Expire le"),
                List.of(CODES.get(0), "Mémorandum d'entente",
                        "Mémorandum d’entente entre l’INSP et l’Agence des affaires de la fonction publique",
                        "Memorandum of understanding between INSP and the Agency for Civil Service Affairs",
                        "INSP", "Signataire", "Maryvonne Le Brignonnen", "Directrice",
                        "Agence des affaires de la fonction publique", "Signataire", "Darkhan Zhazykbay", "Président",
                        "14/11/2025", "Paris", "14/11/2030"),
                List.of(CODES.get(1), "Projet conjoint",
                        "Numérisation et innovation dans le secteur public en Asie centrale",
                        "Digitalisation and innovation in the public sector of Central Asia",
                        "ACSH", "Opérateur", "", "", "Gouvernement de la République de Corée", "Bailleur", "", "",
                        "", "", "31/12/2026"),
                List.of(CODES.get(2), "Projet conjoint",
                        "Programme d’administration numérique au Vietnam", "Digital administration programme in Vietnam",
                        "Expertise France", "Opérateur", "", "", "Bureau du Gouvernement du Vietnam", "Partenaire", "", "",
                        "", "", "30/06/2027"),
                List.of("INSP-XX-2025-09", "Mémorandum d'entente", "Mémorandum sans partenaire connu", "",
                        "INSP", "Signataire", "", "", "Ministère inconnu", "Signataire", "", "",
                        "", "", ""))));
        browser.waitForText(By.tagName("h1"), "Import of registre-accords.xlsx");
        browser.assertAccessible("the agreements' dry run");

        // Errors only: the bad row alone, with its column, value and rule.
        browser.find(By.id("f-errorsOnly")).sendKeys(Keys.SPACE);
        browser.waitFor(driver -> driver.findElements(By.cssSelector("#import-rows tbody tr")).stream()
                .allMatch(row -> row.getText().contains("Error")));
        String errors = browser.text(By.id("import-rows"));
        assertThat(errors).contains("5", "Partie 2", "Ministère inconnu").doesNotContain("Create");
        browser.assertAccessible("the errors of a dry run");
        apply();
        assertThat(browser.text(By.id("import-applied"))).contains("3", "1");

        // The register's exports, as the links on the page fetch them with this browser's session.
        browser.press(By.linkText("Register"));
        browser.waitForText(By.tagName("h1"), "The register");
        browser.assertAccessible("the register with its export buttons");
        String csv = new String(download(browser.find(By.id("register-export-csv")).getDomAttribute("href")),
                StandardCharsets.UTF_8);
        assertThat(csv).contains(CODES).contains("Maryvonne Le Brignonnen").doesNotContain("INSP-XX-2025-09");
        assertThat(xlsxCells(download(browser.find(By.id("register-export-xlsx")).getDomAttribute("href"))))
                .containsAll(CODES);
        // The register's IATI form, as it sends the three agreements once actions-service's replica knows them.
        StringBuilder iati = new StringBuilder(browser.find(By.id("register-iati")).getDomAttribute("action"))
                .append("?internal=true");
        for (String code : CODES) {
            String href = browser.find(By.linkText(code)).getDomAttribute("href");
            iati.append("&agreementId=").append(href.substring(href.lastIndexOf('/') + 1));
        }
        String activities = new String(await().atMost(Duration.ofSeconds(60))
                .until(() -> get(iati.toString()), answer -> answer.statusCode() == 200).body(), StandardCharsets.UTF_8);
        assertThat(activities).startsWith("<?xml").contains("<iati-activities", "Digital administration programme in Vietnam",
                "Memorandum of understanding between INSP and the Agency for Civil Service Affairs").contains(CODES);

        browser.press(By.linkText(CODES.get(0)));
        browser.waitForText(By.id("agreement-status"), "Draft");
        browser.assertAccessible("an imported agreement's page");
        try (PDDocument brief = Loader.loadPDF(download(browser.find(By.id("brief-pdf")).getDomAttribute("href")))) {
            assertThat(brief.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(brief)).contains(CODES.get(0),
                    "Institut national du service public", "Agence des affaires de la fonction publique",
                    "Maryvonne Le Brignonnen", "Parties and signatories");
        }
    }

    /** Chooses the kind and the file (a file input takes its path as keys), then asks for the dry run. */
    private void upload(String kind, Path file) {
        browser.waitForText(By.tagName("h1"), "Import a spreadsheet");
        browser.choose("f-kind", kind);
        browser.find(By.id("f-file")).sendKeys(file.toAbsolutePath().toString());
        browser.press(By.id("import-dry-run"));
    }

    private void apply() {
        browser.press(By.id("import-apply"));
        browser.waitForText(By.id("import-status"), "Applied");
    }

    /** A GET of the console as this browser, with its session cookie: what a click on the link downloads. */
    private byte[] download(String href) {
        HttpResponse<byte[]> answer = get(href);
        assertThat(answer.statusCode()).as("GET %s", href).isEqualTo(200);
        return answer.body();
    }

    private HttpResponse<byte[]> get(String href) {
        String session = browser.driver.manage().getCookieNamed("ENTENTE_CONSOLE_SESSION").getValue();
        HttpRequest request = HttpRequest.newBuilder(URI.create(console).resolve(href))
                .timeout(Duration.ofSeconds(30)).header("Cookie", "ENTENTE_CONSOLE_SESSION=" + session).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A workbook's first sheet, one row per list, every cell a string: as an office types it. */
    private Path spreadsheet(String name, List<List<String>> rows) throws IOException {
        Path file = files.resolve(name);
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Registre");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static List<String> xlsxCells(byte[] xlsx) throws IOException {
        List<String> cells = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
            }
        }
        return cells;
    }
}
