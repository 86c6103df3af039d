package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Review before signature in a real Chromium, with the default MOU chain (legal: lea, then
 * director: daniel): claire submits a memorandum and cannot approve it herself, lea approves,
 * daniel requests changes, claire's edit restarts the chain, both approve, claire signs.
 * axe-core checks every page visited.
 */
class ConsoleReviewSystemIT extends ConsoleBrowserTest {



    @Test
    void aMemorandumIsApprovedByLegalAndTheDirectorBeforeClaireSignsIt() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String insp = "Institut national du service public " + run;
        String agency = "Agency for Civil Service Affairs " + run;
        organizationNamed(insp, "FR");
        organizationNamed(agency, "KZ");

        signInAs("claire");
        browser.go(console + "/agreements/new");
        browser.type("f-code", "REVIEW-" + run);
        browser.type("f-title-fr", "Mémorandum à approuver " + run);
        browser.type("f-title-en", "Memorandum to approve " + run);
        chooseParty(0, insp, insp + " · FR");
        browser.type("f-parties-0-signatory-name", "Maryvonne Le Brignonnen");
        chooseParty(1, agency, agency + " · KZ");
        browser.type("f-parties-1-signatory-name", "Darkhan Zhazykbay");
        browser.press(By.id("save-agreement"));
        browser.waitForText(By.id("agreement-status"), "Draft");
        String agreement = browser.driver.getCurrentUrl();
        assertThat(browser.text(By.id("review"))).contains("Not submitted for approval yet.");
        browser.press(By.id("move-NEGOTIATION"));
        browser.waitForText(By.id("agreement-status"), "In negotiation");

        browser.press(By.id("review-submit"));
        browser.waitForText(By.id("review-status"), "Under review");
        assertThat(browser.text(By.id("review-step-legal"))).contains("user lea", "Waiting");
        assertThat(browser.text(By.id("review-step-director"))).contains("user daniel", "Waiting");
        browser.assertAccessible("the agreement under review");

        // The console offers the buttons; agreements-service refuses the submitter's own approval.
        browser.press(By.id("review-approve"));
        browser.waitForText(By.id("review-refusal"), "Separation of duties");
        browser.assertAccessible("a refused approval");

        signInAs("lea");
        assertThat(browser.text(By.id("waiting-for-me"))).contains("REVIEW-" + run, "step legal, submitted by claire");
        browser.assertAccessible("the home page of an approver");
        browser.go(agreement);
        assertThat(browser.driver.findElements(By.id("review-withdraw"))).as("only the submitter withdraws").isEmpty();
        browser.type("review-comment", "The governing-law clause reads well.");
        browser.press(By.id("review-approve"));
        browser.waitForText(By.id("review-step-legal"), "Approved");
        assertThat(browser.text(By.id("review-step-legal"))).contains("lea", "The governing-law clause reads well.");

        signInAs("daniel");
        browser.go(agreement);
        browser.press(By.id("review-request-changes"));
        browser.waitForText(By.id("review-refusal"), "comment");
        browser.type("review-comment", "Name the steering committee's chair.");
        browser.press(By.id("review-request-changes"));
        browser.waitForText(By.id("review-status"), "Changes requested");
        assertThat(browser.text(By.id("review-step-director"))).contains("daniel", "Name the steering committee's chair.");
        browser.assertAccessible("changes requested");

        signInAs("claire");
        browser.go(agreement + "/edit");
        browser.type("f-summary", "The steering committee is chaired by the two directors in turn.");
        browser.press(By.id("save-agreement"));
        browser.waitForText(By.id("review-status"), "Under review");
        assertThat(browser.text(By.id("review-step-legal"))).as("the edit restarts the chain").contains("Waiting");
        // Signing is refused until every step approved the current text.
        browser.type("move-SIGNED-place", "Paris");
        browser.press(By.id("move-SIGNED"));
        browser.waitForText(By.id("move-refusal"), "approval");

        for (String approver : new String[] {"lea", "daniel"}) {
            signInAs(approver);
            browser.go(agreement);
            browser.press(By.id("review-approve"));
            browser.waitForText(By.id("review-step-" + (approver.equals("lea") ? "legal" : "director")), "Approved");
        }
        assertThat(browser.text(By.id("review-status"))).contains("Approved");

        signInAs("claire");
        browser.go(agreement);
        browser.date("move-SIGNED-on", 14, 11, 2025);
        browser.type("move-SIGNED-place", "Paris");
        browser.press(By.id("move-SIGNED"));
        browser.waitForText(By.id("agreement-status"), "Signed");
        browser.assertAccessible("the approved and signed agreement");
    }

    private static void organizationNamed(String name, String country) {
        created(post("agreements-service", "/api/organizations", """
                {"name": "%s", "country": "%s", "type": "GOVERNMENT_AGENCY"}
                """.formatted(name, country)));
    }

    /** A fresh browser for each person, so no session carries over. */
    private void signInAs(String user) {
        reopenTheBrowser();
        browser.go(console + "/");
        assertThat(browser.pageText()).as("the demo approvers").contains("lea", "daniel", "Approver");
        signIn(user, "Hello");
    }

    private void chooseParty(int row, String typed, String choice) {
        browser.type("party-search-" + row, typed);
        browser.waitForOptions("f-parties-" + row + "-organizationId", 2);
        browser.choose("f-parties-" + row + "-organizationId", choice);
    }
}
