package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import tools.jackson.databind.JsonNode;

/**
 * The console for stakeholders and the administrator, in a real Chromium against the whole
 * system, keyboard only, axe-core on every page: aigerim follows Kazakhstan in the inbox and by
 * e-mail, hears of the next agreement without reloading, unsubscribes from the e-mail's link and
 * undoes it, and reads her calendar as a calendar application would; a restricted agreement she is
 * not on the list of appears in none of it. The administrator revives a dead webhook delivery.
 */
@SystemTest.ServiceEnvironment({"ENTENTE_REVIEW_CHAINS_MOU=", "ENTENTE_DELIVERY_MAXATTEMPTS=2",
        "ENTENTE_DELIVERY_BACKOFF_INITIAL=PT1S", "ENTENTE_DELIVERY_BACKOFF_MAX=PT1S"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleStakeholderSystemIT extends ConsoleBrowserTest {

    private static final String AIGERIM_MAIL = "aigerim@example.org";
    private static final Duration WAIT = Duration.ofSeconds(60);



    @Test
    @Order(1)
    void aStakeholderFollowsKazakhstanHearsOfItUnsubscribesUndoesAndReadsHerCalendar() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        signIn("aigerim", "Inbox");
        assertThat(browser.text(By.tagName("h1"))).as("a stakeholder's home is the inbox").isEqualTo("Inbox");
        browser.assertAccessible("the empty inbox");

        browser.go(console + "/following");
        browser.assertAccessible("the following page, empty");
        browser.type("follow-value", "KZ");
        browser.press(By.id("follow-submit"));
        browser.waitForText(By.tagName("main"), "You now follow KZ.");
        browser.find(By.cssSelector(".subscription input[value=EMAIL]")).sendKeys(Keys.SPACE);
        browser.type(By.cssSelector(".subscription input[name=email]"), AIGERIM_MAIL);
        browser.press(By.cssSelector(".subscription form button[type=submit]"));
        browser.waitForText(By.tagName("main"), "Saved.");
        browser.assertAccessible("the following page");
        JsonNode subscription = onlySubscriptionOf("aigerim");
        assertThat(subscription.get("follow").get("countries").valueStream().map(JsonNode::asString)).containsExactly("KZ");
        assertThat(subscription.get("channels").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("IN_APP", "EMAIL");

        // Made through the API as staff: a restricted Kazakh agreement aigerim is not on the list of, then a public one.
        String insp = organization("Institut national du service public", "FR");
        String agency = organization("Agency for Civil Service Affairs", "KZ");
        String restrictedCode = "SECRET-" + run;
        String restricted = created(post("agreements-service", "/api/agreements", withDates(
                memorandum(restrictedCode, insp, agency), "\"confidentiality\": \"RESTRICTED\", ")));
        String code = "INSP-KZ-" + run;
        browser.go(console + "/inbox");
        browser.markPage();
        String mou = created(post("agreements-service", "/api/agreements", withDates(memorandum(code, insp, agency), "")));

        browser.waitForText(By.id("inbox-items"), "Agreement " + code + " registered");
        assertThat(browser.stillTheSamePage()).as("the inbox updated without a reload").isTrue();
        browser.waitForText(By.id("unread-count"), String.valueOf(unreadCount()));
        assertThat(browser.stillTheSamePage()).isTrue();
        browser.assertAccessible("the inbox");
        browser.screenshot(DOCS.resolve("console-inbox.png"));

        // The e-mail, read from the local mailbox; its unsubscribe link opens the console without signing in.
        String mail = await().atMost(WAIT).until(() -> mailAbout(code), Optional::isPresent).orElseThrow();
        Matcher link = Pattern.compile(Pattern.quote(console) + "/unsubscribe/[A-Za-z0-9_-]+").matcher(mail);
        assertThat(link.find()).as("the console's unsubscribe link in:\n" + mail).isTrue();
        try (Browser reader = Browser.open()) {
            reader.go(link.group());
            reader.waitForText(By.tagName("h1"), "You are unsubscribed");
            assertThat(reader.text(By.tagName("main"))).contains("Countries: KZ", "E-mail");
            reader.assertAccessible("the unsubscribe page");
            assertThat(onlySubscriptionOf("aigerim").get("active").asBoolean()).isFalse();
            reader.press(By.id("undo-unsubscribe"));
            reader.waitForText(By.tagName("h1"), "Your subscription is back");
            reader.assertAccessible("the unsubscribe page, undone");
            assertThat(onlySubscriptionOf("aigerim").get("active").asBoolean()).isTrue();
        }

        // Her calendar, fetched as a calendar application does: the URL alone, no header.
        String training = created(post("actions-service", "/api/agreements/" + mou + "/actions", """
                {"reference": "KZ-1", "title": "Leadership training for senior officials", "category": "TRAINING",
                 "dueDate": "%s"}""".formatted(LocalDate.now().plusMonths(1))));
        // A reference no public code or item of this run can contain, so its absence proves something.
        String restrictedItem = "HIDDEN-" + run;
        created(post("actions-service", "/api/agreements/" + restricted + "/actions", """
                {"reference": "%s", "title": "Secret item", "category": "TRAINING", "dueDate": "%s"}"""
                .formatted(restrictedItem, LocalDate.now().plusMonths(1))));
        browser.go(console + "/calendars");
        browser.assertAccessible("the calendars page");
        String calendarUrl = browser.find(By.id("personal-calendar-url")).getDomProperty("value");
        List<String> summaries = await().atMost(WAIT).until(() -> summaries(calendarUrl),
                found -> found.stream().anyMatch(summary -> summary.startsWith("Due: KZ-1")));
        assertThat(summaries).contains("Due: KZ-1 \"Leadership training for senior officials\"",
                "Renewal notice deadline: " + code + " — Memorandum of cooperation",
                "Agreement expires: " + code + " — Memorandum of cooperation");
        assertThat(training).isNotBlank();

        // The restricted agreement: in no page, count, calendar or inbox of hers.
        await().atMost(WAIT).until(() -> timeline(restricted).size() >= 2);
        assertThat(summaries(calendarUrl)).noneMatch(summary -> summary.contains(restrictedCode) || summary.contains(restrictedItem));
        browser.go(console + "/inbox");
        assertThat(browser.pageText()).doesNotContain(restrictedCode);
        JsonNode inbox = send("notify-service", "GET", "/api/subscribers/aigerim/inbox?size=100", null).body();
        assertThat(inbox.get("items").valueStream().map(item -> item.get("agreementId").asString()))
                .as("not even in the stored inbox").doesNotContain(restricted).contains(mou);
        browser.waitForText(By.id("unread-count"), String.valueOf(inbox.get("unreadCount").asLong()));
        assertThat(inbox.get("unreadCount").asLong()).isEqualTo(inbox.get("items").size());
        browser.go(console + "/following");
        assertThat(browser.pageText()).doesNotContain(restrictedCode);

        browser.press(By.id("inbox-link"));
        browser.press(By.cssSelector("form[action$='/inbox/read'] button"));
        browser.waitForText(By.id("inbox-unread"), "No unread notification");
        assertThat(unreadCount()).isZero();
    }

    @Test
    @Order(2)
    void theAdministratorRevivesADeadWebhookDelivery() {
        // Two failures end the one delivery DEAD (ENTENTE_DELIVERY_MAXATTEMPTS=2); the third call, the retry, succeeds.
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(2)) {
            String subscriptionId = created(post("notify-service", "/api/subscriptions", """
                    {"subscriber": {"id": "kz-hook", "name": "Partner system"}, "follow": {"countries": ["KZ"],
                     "eventTypes": ["entente.agreement.created.v1"]}, "channels": ["WEBHOOK"], "webhook": {"url": "%s",
                     "secret": "whsec_dGhlIHJlY2VpdmVyJ3Mgc2VjcmV0IG9mIDMyIGJ5dGVzIQ=="}}""".formatted(receiver.url())));
            agreement("DEAD-" + UUID.randomUUID().toString().substring(0, 8));
            List<JsonNode> dead = await().atMost(WAIT).until(() -> deliveries(subscriptionId, "DEAD"), found -> !found.isEmpty());

            signIn("admin", "Hello");
            browser.press(By.linkText("Deliveries"));
            browser.assertAccessible("the deliveries page");
            browser.type("subscriptionId", subscriptionId);
            browser.press(By.cssSelector("main form[method=get] button[type=submit]"));
            browser.waitForText(By.id("deliveries"), "DEAD");
            assertThat(browser.text(By.id("deliveries"))).contains("500");
            browser.press(By.id("retry-all"));
            browser.waitForText(By.id("retried"), "retried");
            browser.assertAccessible("the deliveries page after a retry");

            await().atMost(WAIT).until(() -> deliveries(subscriptionId, "SENT").size() == dead.size()
                    && deliveries(subscriptionId, "DEAD").isEmpty());
        }
    }

    @Test
    @Order(3)
    void staffFollowFromWhereTheyAreAndSetUpAWebhookWhoseSecretIsShownOnce() throws Exception {
        String id = agreement("FOLLOW-" + UUID.randomUUID().toString().substring(0, 8));
        signIn("claire", "Hello");

        browser.go(console + "/agreements/" + id);
        browser.waitForText(By.id("agreement-feeds"), "Calendar (.ics)");
        browser.assertAccessible("the agreement's page with its follow control and feeds");
        String calendarLink = browser.find(By.linkText("Calendar (.ics)")).getDomProperty("href");
        assertThat(calendarLink).contains("/api/agreements/" + id + "/calendar.ics?feedToken=");
        HttpResponse<String> calendar = http.send(HttpRequest.newBuilder(URI.create(calendarLink)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(calendar.body()).as("read with the feed token alone").startsWith("BEGIN:VCALENDAR");
        browser.press(By.cssSelector("#follow-agreement button.follow"));
        browser.waitForText(By.tagName("main"), "You now follow");
        browser.go(console + "/agreements/" + id);
        browser.press(By.cssSelector("#follow-agreement button.follow"));
        browser.waitForText(By.tagName("main"), "You now follow");
        assertThat(onlySubscriptionOf("claire").get("follow").get("agreementIds").valueStream().map(JsonNode::asString))
                .as("following twice follows once").containsExactly(id);

        browser.go(console + "/agreements?country=KZ");
        browser.press(By.cssSelector("#follow-filters button.follow"));
        browser.waitForText(By.tagName("main"), "You now follow KZ.");
        By kazakhstan = By.xpath("//div[contains(@class,'subscription')][.//h2[contains(., 'Countries')]]");
        try (WebhookReceiver receiver = WebhookReceiver.answering2xx()) {
            browser.find(kazakhstan).findElement(By.cssSelector("input[value=WEBHOOK]")).sendKeys(Keys.SPACE);
            browser.find(kazakhstan).findElement(By.cssSelector("input[name=webhookUrl]")).sendKeys(receiver.url());
            browser.find(kazakhstan).findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.ENTER);
            browser.waitForText(By.id("webhook-secret-shown"), "shown only once");
            assertThat(browser.find(By.id("webhook-secret")).getDomProperty("value")).startsWith("whsec_");
            assertThat(browser.find(By.linkText("Standard Webhooks")).getDomProperty("href"))
                    .isEqualTo("https://www.standardwebhooks.com/");
            browser.assertAccessible("the following page with a webhook's secret");
        }
        browser.go(console + "/following");
        assertThat(browser.driver.findElements(By.id("webhook-secret"))).as("shown once only").isEmpty();
        assertThat(send("notify-service", "GET", "/api/subscriptions?subscriberId=claire", null).body().get("items")
                .valueStream().filter(subscription -> subscription.get("channels").toString().contains("WEBHOOK")).count())
                .isEqualTo(1);
    }

    /** Expires in two years with ninety days' notice: the calendar shows both. */
    private static String withDates(String memorandum, String more) {
        return memorandum.replace("\"kind\": \"MOU\",", "\"kind\": \"MOU\", " + more + "\"expiresOn\": \""
                + LocalDate.now().plusYears(2) + "\", \"renewalNoticeDays\": 90,");
    }

    private static JsonNode onlySubscriptionOf(String subscriber) {
        List<JsonNode> items = send("notify-service", "GET", "/api/subscriptions?subscriberId=" + subscriber, null)
                .body().get("items").valueStream().toList();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static long unreadCount() {
        return send("notify-service", "GET", "/api/subscribers/aigerim/inbox/unread-count", null).body()
                .get("unreadCount").asLong();
    }

    private static List<JsonNode> deliveries(String subscriptionId, String status) {
        return send("notify-service", "GET", "/api/deliveries?size=100&subscriptionId=" + subscriptionId + "&status="
                + status, null).body().get("items").valueStream().toList();
    }

    private static List<String> summaries(String calendarUrl) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(calendarUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        Calendar calendar = new CalendarBuilder().build(new StringReader(answer.body()));
        return calendar.getComponents("VEVENT").stream()
                .map(event -> event.getProperty(Property.SUMMARY).map(Property::getValue).orElse("")).toList();
    }

    /** The text of the newest e-mail to aigerim about this agreement, read over IMAP as a mail client would. */
    private static Optional<String> mailAbout(String code) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", system.settings().imapPort(), AIGERIM_MAIL, AIGERIM_MAIL);
        try {
            Folder inbox = store.getFolder("INBOX");
            if (!inbox.exists()) {
                return Optional.empty();
            }
            inbox.open(Folder.READ_ONLY);
            try {
                for (Message message : inbox.getMessages()) {
                    if (message.getSubject() != null && message.getSubject().contains(code)) {
                        return Optional.of(text(message));
                    }
                }
                return Optional.empty();
            } finally {
                inbox.close(false);
            }
        } catch (jakarta.mail.AuthenticationFailedException noMailboxYet) {
            return Optional.empty();
        } finally {
            store.close();
        }
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }
}
