package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/**
 * A manager's action plan in a real Chromium, keyboard only, against the whole system: marc
 * builds the INSP–Kazakhstan plan (five items of the demo data's kind, KZ-3 depending on KZ-1),
 * is refused a dependency cycle and a start before the dependency is done, blocks one item,
 * records progress (20 of 40 officials trained), and reads the summary, the time axis and the
 * chart by their text alternatives, the KZ roll-up, his items and the late ones. axe-core checks
 * every page visited. The screenshot of the plan in docs/ comes from here.
 */
class ConsoleActionPlanSystemIT extends ConsoleBrowserTest {

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));



    @Test
    void marcBuildsTheKazakhPlanRecordsProgressAndReadsItsSummaryChartAndRollup() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String theme = "leadership-" + run;
        String insp = organization("Institut national du service public", "FR");
        String agency = organization("Agency for Civil Service Affairs", "KZ");
        String code = "INSP-KZ-" + run;
        String agreement = created(post("agreements-service", "/api/agreements", """
                {"code": "%s", "kind": "MOU", "themes": ["%s"],
                 "title": {"fr": "Mémorandum INSP–Kazakhstan", "en": "INSP–Kazakhstan memorandum"},
                 "parties": [{"organizationId": "%s", "role": "SIGNATORY", "signatory": {"name": "Maryvonne Le Brignonnen", "title": "Director"}},
                             {"organizationId": "%s", "role": "SIGNATORY", "signatory": {"name": "Darkhan Zhazykbay", "title": "Chairman"}}]}
                """.formatted(code, theme, insp, agency)));

        signIn("marc", "Hello");
        browser.go(console + "/agreements/" + agreement);
        browser.press(By.id("plan-link"));
        browser.waitForText(By.id("plan-completion"), "0 items");
        browser.assertAccessible("an empty action plan");

        addItem("KZ-1", "Set up the joint projects of the action plan", "Other", today.minusDays(60), null, null);
        browser.assertAccessible("a plan of one item");
        addItem("KZ-2", "Leadership training for senior Kazakh officials", "Training", today.minusDays(30),
                today.plusDays(200), () -> {
                    browser.type("f-owner-userId", "marc");
                    browser.type("f-owner-name", "Marc Lefebvre");
                    browser.type("f-indicators-0-name", "senior officials trained");
                    browser.type("f-indicators-0-unit", "officials");
                    browser.type("f-indicators-0-target", "40");
                });
        addItem("KZ-3", "Training in the technological modernisation of public administration", "Training",
                today.minusDays(10), today.plusDays(300), () -> {
                    browser.type("f-milestones-0-title", "Curriculum agreed");
                    LocalDate milestone = today.plusDays(60);
                    browser.date("f-milestones-0-dueDate", milestone.getDayOfMonth(), milestone.getMonthValue(), milestone.getYear());
                    browser.find(By.id("dep-KZ-1")).sendKeys(Keys.SPACE);
                });
        addItem("KZ-4", "Exchanges of experience on civil service in the age of artificial intelligence",
                "Exchange of experts", today.minusDays(90), today.minusDays(5), null);
        addItem("KZ-5", "Kazakh students in the CIL, CIP and PIC programmes", "Programme admission", null,
                today.plusDays(400), () -> {
                    browser.type("f-indicators-0-name", "students admitted");
                    browser.type("f-indicators-0-unit", "students");
                });
        String plan = browser.driver.getCurrentUrl().replaceAll("#.*", "");

        // KZ-1 depending on KZ-3 would close a cycle: the service refuses it and names the path.
        browser.press(By.id("edit-KZ-1"));
        browser.find(By.id("dep-KZ-3")).sendKeys(Keys.SPACE);
        browser.press(By.id("save-item"));
        browser.waitForText(By.id("error-summary"), "KZ-1 -> KZ-3 -> KZ-1");
        assertThat(browser.text(By.id("f-dependsOn-error"))).contains("cycle");
        browser.assertAccessible("a refused dependency cycle");
        browser.go(plan);

        // An edit from a stale version: what changed meanwhile is shown, the user's own change kept and applied.
        String kz2 = browser.find(By.id("edit-KZ-2")).getDomAttribute("href").replaceAll(".*/actions/([^/]+)/edit", "$1");
        browser.press(By.id("edit-KZ-2"));
        long version = send("actions-service", "GET", "/api/actions/" + kz2, null).body().get("version").asLong();
        assertThat(send("actions-service", "PATCH", "/api/actions/" + kz2, "{\"description\": \"New INSP training in leadership.\"}",
                "Content-Type", "application/merge-patch+json", "If-Match", "\"" + version + "\"").status()).isEqualTo(200);
        browser.type("f-title", "Leadership training for senior officials of Kazakhstan");
        browser.press(By.id("save-item"));
        browser.waitForText(By.id("changed-meanwhile"), "description: New INSP training in leadership.");
        assertThat(browser.find(By.id("f-title")).getDomProperty("value")).isEqualTo("Leadership training for senior officials of Kazakhstan");
        browser.assertAccessible("an edit from a stale version");
        browser.press(By.id("save-item"));
        browser.waitForText(By.id("item-KZ-2"), "Leadership training for senior officials of Kazakhstan");
        assertThat(send("actions-service", "GET", "/api/actions/" + kz2, null).body().get("description").asString())
                .as("the change made meanwhile stays").isEqualTo("New INSP training in leadership.");

        assertThat(browser.text(By.id("depends-KZ-3"))).isEqualTo("KZ-1");
        assertThat(browser.text(By.id("needed-KZ-1"))).isEqualTo("KZ-3");

        // Workflow: KZ-3 cannot start before KZ-1 is done, in the service's words; KZ-2 starts; KZ-5 is blocked.
        browser.press(By.id("start-KZ-3"));
        browser.waitForText(By.id("refusal-KZ-3"), "KZ-1");
        browser.assertAccessible("a refused start");
        browser.press(By.id("start-KZ-2"));
        browser.waitForText(By.id("group-IN_PROGRESS"), "KZ-2");
        browser.type("reason-KZ-5", "Waiting for the call for applications");
        browser.press(By.id("block-KZ-5"));
        browser.waitForText(By.id("why-KZ-5"), "Blocked: Waiting for the call for applications");

        // Progress on the training: 20 of its 40 senior officials trained, half done.
        browser.type("note-KZ-2", "First cohort trained in Paris");
        browser.type("percent-input-KZ-2", "50");
        browser.type("value-KZ-2-0", "20");
        browser.press(By.id("progress-KZ-2"));
        browser.waitForText(By.id("percent-KZ-2"), "50 %");
        assertThat(browser.text(By.id("indicators-KZ-2"))).contains("senior officials trained: 20 of 40 officials");

        // The summary: five items, 50 % of one of five equal weights, KZ-4 overdue, KZ-3 waiting on KZ-1.
        assertThat(browser.text(By.id("plan-completion"))).isEqualTo("5 items, 10 % complete (weighted)");
        assertThat(browser.text(By.id("count-PLANNED"))).isEqualTo("Planned: 3");
        assertThat(browser.text(By.id("count-IN_PROGRESS"))).isEqualTo("In progress: 1");
        assertThat(browser.text(By.id("count-BLOCKED"))).isEqualTo("Blocked: 1");
        assertThat(browser.text(By.id("plan-overdue"))).contains("KZ-4").doesNotContain("KZ-2");
        assertThat(browser.text(By.id("plan-next"))).contains("KZ-2");
        assertThat(browser.text(By.id("why-KZ-4"))).startsWith("Overdue");
        assertThat(browser.text(By.id("why-KZ-3"))).contains("Waiting on KZ-1");
        assertThat(browser.driver.findElements(By.id("late-KZ-2"))).as("on time").isEmpty();

        // The time axis and the chart, read by their text alternatives.
        assertThat(browser.find(By.cssSelector("#time-axis svg")).getDomAttribute("aria-label"))
                .isEqualTo("The action plan of " + code + " on a time axis");
        assertThat(browser.text(By.id("axis-KZ-4"))).contains("overdue");
        assertThat(browser.text(By.id("axis-KZ-3"))).contains("Waiting on KZ-1");
        assertThat(browser.text(By.id("axis-KZ-3"))).contains("Curriculum agreed");
        assertThat(browser.text(By.id("axis-KZ-2"))).contains("In progress").doesNotContain("overdue");
        assertThat(browser.driver.findElements(By.cssSelector("#time-axis rect[fill='url(#late-hatch)']")))
                .as("KZ-3 and KZ-4 hatched as late (KZ-5 has one date: a point)").hasSize(2);
        assertThat(browser.driver.findElements(By.cssSelector("#time-axis text")).stream()
                .filter(label -> label.getDomProperty("textContent").equals("late")).count())
                .as("KZ-3, KZ-4 and KZ-5 labelled late").isEqualTo(3);
        assertThat(browser.text(By.id("plan-indicators-table")))
                .contains("senior officials trained (officials) 20 40 50 %", "students admitted (students) 0 — —");
        browser.assertAccessible("the action plan with its time axis");
        // The screenshot shows the top of the plan, summary and time axis, in a taller window.
        browser.go(plan);
        browser.driver.manage().window().setSize(new Dimension(1280, 1500));
        browser.screenshot(DOCS.resolve("console-action-plan.png"));
        browser.driver.manage().window().setSize(new Dimension(1280, 1000));

        // The Kazakh roll-up of this theme: the same 20 of 40, beside its chart.
        browser.go(console + "/indicators");
        browser.type("f-country", "kz");
        browser.type("f-theme", theme);
        browser.press(By.id("filter-indicators"));
        browser.waitForText(By.id("by-country-table"), "KZ · senior officials trained (officials) 20 40 50 %");
        assertThat(browser.text(By.id("by-country-table"))).doesNotContain("FR ·");
        assertThat(browser.text(By.id("by-theme-table"))).contains(theme + " · senior officials trained (officials) 20 40 50 %");
        browser.assertAccessible("the indicator roll-up");

        // Across agreements: marc's own items, and the late ones.
        browser.go(console + "/actions/mine");
        assertThat(browser.text(By.id("items"))).contains("KZ-2").doesNotContain("KZ-4");
        browser.assertAccessible("my items");
        browser.go(console + "/actions/late");
        browser.waitForText(By.id("items"), "KZ-4");
        assertThat(browser.text(By.id("items"))).doesNotContain("KZ-2");
        browser.choose("filter-category", "Training");
        browser.press(By.id("filter-items"));
        browser.waitForText(By.id("items"), "No item.");
        browser.assertAccessible("late items");
    }

    /** Adds an item through the plan's form; {@code more} fills the rest before saving. */
    private void addItem(String reference, String title, String category, LocalDate start, LocalDate due, Runnable more) {
        browser.press(By.id("add-item"));
        browser.type("f-reference", reference);
        browser.type("f-title", title);
        browser.choose("f-category", category);
        if (start != null) {
            browser.date("f-startDate", start.getDayOfMonth(), start.getMonthValue(), start.getYear());
        }
        if (due != null) {
            browser.date("f-dueDate", due.getDayOfMonth(), due.getMonthValue(), due.getYear());
        }
        if (more != null) {
            more.run();
        }
        browser.press(By.id("save-item"));
        browser.waitForText(By.id("group-PLANNED"), reference);
    }
}
