package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import tools.jackson.databind.JsonNode;

/**
 * The web console in a real Chromium against the whole system as processes: the staff's story
 * keyboard-only, a manager's read-only view, the form mappings of refusals, and the clear pages
 * of a wrong password, an ended session and a service that is down. axe-core checks every page
 * visited. The screenshots in docs/ come from here.
 */
// Claire signs memoranda here without the approval chain; ConsoleReviewSystemIT walks the chain.
@SystemTest.ServiceEnvironment("ENTENTE_REVIEW_CHAINS_MOU=")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleSystemIT extends ConsoleBrowserTest {




    @Test
    @Order(1)
    void staffRegisterSignAndReceiveAMemorandumKeyboardOnly() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String insp = "Institut national du service public " + run;
        String agency = "Agency for Civil Service Affairs " + run;

        signIn("claire");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Hello Claire Martin");
        browser.assertAccessible("home");

        // An empty form: the service's field errors, summarised at the top and beside each field.
        browser.go(console + "/organizations/new");
        browser.press(By.cssSelector("main button[type=submit]"));
        assertThat(browser.text(By.id("error-summary"))).contains("name: must not be blank", "country: must not be null");
        assertThat(browser.find(By.id("f-name-error")).getText()).isEqualTo("must not be blank");
        browser.assertAccessible("a form with errors");
        browser.screenshot(DOCS.resolve("console-form-errors.png"));

        registerOrganization(insp, "INSP" + run, "FR", "School or academy");
        browser.assertAccessible("organizations");
        registerOrganization(agency, null, "KZ", "Government agency");

        browser.go(console + "/agreements/new");
        browser.assertAccessible("the agreement form");
        browser.type("f-code", "INSP-KZ-" + run);
        browser.type("f-title-fr", "Mémorandum de coopération " + run);
        browser.type("f-title-en", "Memorandum of cooperation " + run);
        browser.type("f-themes", "leadership, artificial-intelligence");
        chooseParty(0, "INSP" + run, insp + " (INSP" + run + ") · FR");
        browser.type("f-parties-0-signatory-name", "Maryvonne Le Brignonnen");
        chooseParty(1, agency, agency + " · KZ");
        browser.type("f-parties-1-signatory-name", "Darkhan Zhazykbay");
        browser.press(By.id("save-agreement"));
        browser.waitForText(By.id("agreement-status"), "Draft");
        browser.markPage();
        browser.waitForText(By.id("timeline"), "registered");
        assertThat(browser.stillTheSamePage()).as("the timeline updated without a reload").isTrue();
        browser.assertAccessible("the agreement's page");

        browser.press(By.id("move-NEGOTIATION"));
        browser.waitForText(By.id("agreement-status"), "In negotiation");
        browser.date("move-SIGNED-on", 14, 11, 2025);
        browser.type("move-SIGNED-place", "Paris");
        browser.press(By.id("move-SIGNED"));
        browser.waitForText(By.id("agreement-status"), "Signed");
        assertThat(browser.text(By.id("agreement-signed"))).isEqualTo("on November 14, 2025 in Paris");
        browser.markPage();
        browser.waitForText(By.id("timeline"), "is now signed");
        assertThat(browser.stillTheSamePage()).isTrue();

        browser.press(By.linkText("Add a delegation"));
        browser.assertAccessible("the delegation form");
        browser.choose("f-hostOrganizationId", insp + " (INSP" + run + ") · FR");
        browser.choose("f-visitingOrganizationId", agency + " · KZ");
        browser.type("f-leader-name", "Darkhan Zhazykbay");
        browser.type("f-leader-title", "Chairman");
        browser.type("f-members-0-name", "Aigerim Bekova");
        browser.type("f-members-0-title", "Counsellor");
        browser.date("f-startDate", 14, 11, 2025);
        browser.date("f-endDate", 14, 11, 2025);
        browser.type("f-city", "Paris");
        browser.type("f-country", "FR");
        browser.type("f-purpose", "Signing of the memorandum");
        browser.press(By.id("save-delegation"));
        browser.waitForText(By.id("agreement-delegations"), "Darkhan Zhazykbay");
        browser.markPage();
        browser.waitForText(By.id("timeline"), "Visit scheduled");
        assertThat(browser.stillTheSamePage()).isTrue();
        assertThat(browser.text(By.id("timeline")).lines().filter(line -> !line.contains("·")).toList())
                .as("the timeline, newest first").startsWith("Visit scheduled: " + agency + " to " + insp
                        + ", Paris (FR), on 2025-11-14");
        browser.screenshot(DOCS.resolve("console-agreement.png"));

        browser.go(console + "/delegations?month=2025-11");
        browser.assertAccessible("the delegations");
        assertThat(browser.pageText()).contains(agency, "Darkhan Zhazykbay (1)");

        browser.go(console + "/agreements?q=INSP-KZ-" + run);
        browser.assertAccessible("the register");
        assertThat(browser.text(By.id("register-results"))).contains("INSP-KZ-" + run, "Signed");
        browser.go(console + "/agreements");
        browser.screenshot(DOCS.resolve("console-register.png"));

        browser.go(console + "/agreements?lang=fr");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Le registre");
        browser.assertAccessible("the register in French");
        browser.go(console + "/organizations");
        assertThat(browser.text(By.tagName("h1"))).as("the language is remembered").isEqualTo("Organisations");
    }

    @Test
    @Order(2)
    void aManagerReadsTheRegisterAndHasNoWriteButton() {
        String id = agreement("MGR-" + UUID.randomUUID().toString().substring(0, 8));
        String code = send("agreements-service", "GET", "/api/agreements/" + id, null).body().get("code").asString();

        signIn("marc");
        browser.go(console + "/agreements?q=" + code);
        assertThat(browser.text(By.id("register-results"))).contains(code);
        assertThat(browser.driver.findElements(By.linkText("Register an agreement"))).isEmpty();
        browser.go(console + "/agreements/" + id);
        browser.assertAccessible("the agreement's page, as a manager");
        assertThat(browser.driver.findElements(By.id("moves"))).as("no lifecycle buttons").isEmpty();
        assertThat(browser.driver.findElements(By.linkText("Edit"))).isEmpty();

        // The console hides nothing the service refuses: a manager who opens the form anyway is told why.
        browser.go(console + "/organizations/new");
        browser.type("f-name", "Refused " + UUID.randomUUID());
        browser.type("f-country", "FR");
        browser.choose("f-type", "Other");
        browser.press(By.cssSelector("main button[type=submit]"));
        assertThat(browser.text(By.id("error-summary"))).isNotBlank();
    }

    @Test
    @Order(3)
    void documentsRefusalsConflictsAndResubmissionsOnTheAgreementsForms() throws IOException {
        String id = agreement("FORM-" + UUID.randomUUID().toString().substring(0, 8));
        signIn("claire");

        // A document uploaded from the page is listed there and downloads as it was sent.
        browser.go(console + "/agreements/" + id);
        Path document = Files.writeString(data.resolve("memorandum.txt"), "Mémorandum de coopération");
        browser.find(By.id("f-document")).sendKeys(document.toAbsolutePath().toString());
        browser.press(By.id("upload-document"));
        browser.waitForText(By.id("agreement-documents"), "memorandum.txt");
        String download = browser.find(By.linkText("memorandum.txt")).getDomProperty("href");
        assertThat(String.valueOf(browser.driver.executeAsyncScript(
                "fetch(arguments[0]).then(r => r.text()).then(arguments[arguments.length - 1]);", download)))
                .isEqualTo("Mémorandum de coopération");

        // 422: signing needs a date; the service's words appear beside the buttons.
        browser.go(console + "/agreements/" + id);
        browser.press(By.id("move-NEGOTIATION"));
        browser.waitForText(By.id("agreement-status"), "In negotiation");
        browser.type("move-SIGNED-on", "");
        browser.press(By.id("move-SIGNED"));
        assertThat(browser.text(By.id("move-refusal"))).contains("The service refused this move");
        assertThat(browser.text(By.id("agreement-status"))).isEqualTo("In negotiation");
        browser.assertAccessible("a refused move");

        // 412: someone else changed the agreement meanwhile; their change is shown, ours kept and re-applied.
        browser.go(console + "/agreements/" + id + "/edit");
        Answer current = send("agreements-service", "GET", "/api/agreements/" + id, null);
        Answer meanwhile = send("agreements-service", "PATCH", "/api/agreements/" + id,
                "{\"summary\": \"Changed by someone else\"}", "If-Match", current.raw().headers().firstValue("ETag").orElseThrow(),
                "Content-Type", "application/merge-patch+json");
        assertThat(meanwhile.status()).isEqualTo(200);
        browser.type("f-title-en", "Memorandum of cooperation, revised");
        browser.press(By.id("save-agreement"));
        assertThat(browser.text(By.id("changed-meanwhile"))).contains("summary", "Changed by someone else");
        browser.assertAccessible("a stale edit");
        browser.press(By.id("save-agreement"));
        browser.waitForText(By.tagName("h1"), "Memorandum of cooperation, revised");
        JsonNode saved = send("agreements-service", "GET", "/api/agreements/" + id, null).body();
        assertThat(saved.get("title").get("en").asString()).isEqualTo("Memorandum of cooperation, revised");
        assertThat(saved.get("summary").asString()).isEqualTo("Changed by someone else");

        // A resubmitted form (same Idempotency-Key, same fields) creates nothing more.
        String name = "Resubmitted organization " + UUID.randomUUID();
        browser.go(console + "/organizations/new");
        String key = browser.find(By.name("idempotencyKey")).getDomProperty("value");
        registerOrganizationOnThisPage(name, "FR");
        browser.go(console + "/organizations/new");
        browser.driver.executeScript("document.querySelector('input[name=idempotencyKey]').value = arguments[0];", key);
        registerOrganizationOnThisPage(name, "FR");
        List<JsonNode> found = List.copyOf(send("agreements-service", "GET", "/api/organizations?q="
                + name.replace(" ", "%20"), null).body().get("items").valueStream().toList());
        assertThat(found).hasSize(1);

        // The organization is edited from its row in the list.
        browser.go(console + "/organizations?q=" + name.replace(" ", "%20"));
        browser.press(By.cssSelector("a[aria-label='Edit " + name + "']"));
        browser.type("f-acronym", "RESUB");
        browser.press(By.cssSelector("main button[type=submit]"));
        browser.waitForText(By.tagName("table"), "RESUB");
        assertThat(send("agreements-service", "GET", "/api/organizations/" + found.get(0).get("id").asString(), null)
                .body().get("acronym").asString()).isEqualTo("RESUB");
    }

    @Test
    @Order(4)
    void aWrongPasswordAnEndedSessionAndAServiceDownEachGiveAClearPage() {
        browser.go(console + "/");
        browser.press(By.linkText("Sign in"));
        browser.type("username", "claire");
        browser.type("password", "not-the-password");
        browser.press(By.cssSelector("button[type=submit]"));
        browser.waitForUrlContaining("error");
        assertThat(browser.pageText()).contains("Invalid credentials");

        browser.type("username", "claire");
        browser.type("password", "local-demo-password");
        browser.press(By.cssSelector("button[type=submit]"));
        browser.waitForText(By.tagName("h1"), "Hello Claire Martin");

        // The session ends on the server side (a restart, a timeout): the next page says so.
        browser.driver.manage().deleteCookieNamed("ENTENTE_CONSOLE_SESSION");
        browser.driver.manage().addCookie(new Cookie("ENTENTE_CONSOLE_SESSION", "ended-session"));
        browser.go(console + "/agreements");
        browser.waitForUrlContaining("/sign-in?expired");
        assertThat(browser.pageText()).contains("Your session has ended");
        browser.assertAccessible("the ended session");

        // Signing in again (the issuer still knows claire) returns to the page asked for.
        browser.press(By.linkText("Sign in"));
        browser.waitForText(By.tagName("h1"), "The register");
        system.stop("notify-service");
        String id = agreement("DOWN-" + UUID.randomUUID().toString().substring(0, 8));
        browser.go(console + "/agreements/" + id);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("A service is unavailable");
        assertThat(browser.pageText()).contains("notify-service did not answer");
        browser.assertAccessible("a service down");
    }

    /**
     * The malformed requests of the hostile-input test, on the console's pages, signed in and
     * not: undecodable query strings, and bodies whose content type lies or whose multipart is
     * cut off. Each gets a page (400, or the sign-in and CSRF refusals), none a 5xx, and the
     * console logs no stack trace for them.
     */
    @Test
    @Order(0)
    void malformedRequestsToTheConsoleGetAClearPageNeverA5xx() throws IOException {
        String id = agreement("MALFORMED-" + UUID.randomUUID().toString().substring(0, 8));
        signIn("claire");
        String session = "ENTENTE_CONSOLE_SESSION=" + browser.driver.manage().getCookieNamed("ENTENTE_CONSOLE_SESSION").getValue();
        Path log = system.settings().logs().resolve("web-console.log");
        long logSize = Files.size(log);
        List<String> pages = List.of("/", "/agreements", "/agreements/new", "/agreements/" + id, "/agreements/" + id + "/edit",
                "/agreements/" + id + "/timeline", "/organizations", "/organizations/new", "/organizations/options",
                "/delegations", "/sign-in", "/actuator/health");
        List<String> forms = List.of("/agreements", "/agreements/" + id + "/moves", "/agreements/" + id + "/documents",
                "/agreements/" + id + "/edit", "/agreements/" + id + "/access", "/organizations");
        List<String> failures = new ArrayList<>();
        int port = system.settings().consolePort();
        for (String[] cookie : List.of(new String[] {"Cookie", session}, new String[] {"X-Signed-In", "no"})) {
            for (String page : pages) {
                for (String query : HostileInputSystemIT.QUERY_STRINGS) {
                    expectNo5xx(failures, cookie[1] + " GET " + page + "?" + query,
                            RawHttp.send(port, "GET", page + "?" + query, null, null, null, cookie));
                }
            }
            for (String form : forms) {
                for (String query : HostileInputSystemIT.QUERY_STRINGS) {
                    expectNo5xx(failures, cookie[1] + " POST " + form + "?" + query, RawHttp.send(port, "POST",
                            form + "?" + query, null, "application/x-www-form-urlencoded", "a=b", cookie));
                }
                for (String[] lying : HostileInputSystemIT.LYING_BODIES) {
                    expectNo5xx(failures, cookie[1] + " POST " + form + " as " + lying[0],
                            RawHttp.send(port, "POST", form, null, lying[0], lying[1], cookie));
                }
            }
        }
        String logged;
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(logSize);
            logged = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(failures).isEmpty();
        assertThat(logged.lines().filter(line -> line.startsWith("\tat ") || line.contains(" ERROR ")).limit(5))
                .as("stack traces and errors the console logged").isEmpty();
    }

    private static void expectNo5xx(List<String> failures, String what, RawHttp.Answer answer) {
        if (answer.status() < 0 || answer.status() >= 500) {
            failures.add(what + " -> " + answer.status());
        }
    }

    /** Like the services, the console is not reachable from the network in the local run. */
    @Test
    @Order(5)
    void theConsoleListensOnLoopbackOnly() throws IOException {
        InetAddress outside = null;
        for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
            if (network.isUp() && !network.isLoopback()) {
                outside = network.inetAddresses().filter(address -> address instanceof Inet4Address).findFirst()
                        .orElse(outside);
            }
        }
        Assumptions.assumeTrue(outside != null, "this machine has no address but loopback");
        int port = system.settings().consolePort();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(outside, port), 2_000);
            throw new AssertionError("the console answers on " + outside.getHostAddress() + ":" + port);
        } catch (IOException refused) {
            // what is wanted
        }
        assertThat(RawHttp.send(port, "GET", "/actuator/health", null, null, null).status()).isEqualTo(200);
    }

    /** The sign-in page, checked and naming the demo users, then the issuer's login form. */
    private void signIn(String user) {
        browser.go(console + "/");
        browser.assertAccessible("the sign-in page");
        assertThat(browser.pageText()).contains("claire", "local-demo-password");
        signIn(user, "Hello");
    }

    private void registerOrganization(String name, String acronym, String country, String type) {
        browser.go(console + "/organizations/new");
        browser.type("f-name", name);
        if (acronym != null) {
            browser.type("f-acronym", acronym);
        }
        browser.type("f-country", country);
        browser.choose("f-type", type);
        browser.press(By.cssSelector("main button[type=submit]"));
        browser.waitForUrlContaining("/organizations?q=");
        assertThat(browser.text(By.tagName("table"))).contains(name);
    }

    private void registerOrganizationOnThisPage(String name, String country) {
        browser.type("f-name", name);
        browser.type("f-country", country);
        browser.choose("f-type", "Other");
        browser.press(By.cssSelector("main button[type=submit]"));
        browser.waitForUrlContaining("/organizations?q=");
    }

    /** Search-as-you-type narrows the party's choices to the one organization, then it is chosen. */
    private void chooseParty(int row, String typed, String choice) {
        browser.type("party-search-" + row, typed);
        browser.waitForOptions("f-parties-" + row + "-organizationId", 2);
        browser.choose("f-parties-" + row + "-organizationId", choice);
    }
}
