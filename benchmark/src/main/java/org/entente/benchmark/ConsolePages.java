package org.entente.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

/**
 * How long the web console takes to answer its two heaviest pages, signed in as staff: the
 * register with 1,000 agreements stored, and an agreement's page with 500 timeline entries.
 * Measured on loopback, so the time is the console's own (rendering and its calls to the
 * services), not a network's.
 */
final class ConsolePages {

    static final int REGISTER_AGREEMENTS = 1_000;
    static final int TIMELINE_ENTRIES = 500;
    private static final int WARM_UP = 20;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"totalItems\":(\\d+)");
    private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([^\"]+)\"");

    private ConsolePages() {
    }

    static Map<String, Object> measure(MongoClient mongo, String consoleUrl, String agreementsUrl, int renders) {
        Http api = new Http();
        int stored = topUpTheRegister(api, agreementsUrl);
        String agreementId = agreementWithTimeline(api, mongo, agreementsUrl);
        HttpClient browser = signedInAsStaff(consoleUrl);

        Latencies register = new Latencies();
        Latencies agreementPage = new Latencies();
        for (int i = 0; i < WARM_UP + renders; i++) {
            long registerNanos = get(browser, consoleUrl + "/agreements");
            long agreementNanos = get(browser, consoleUrl + "/agreements/" + agreementId);
            if (i >= WARM_UP) {
                register.add(registerNanos);
                agreementPage.add(agreementNanos);
            }
        }
        mongo.getDatabase("notify").getCollection("timeline").deleteMany(Filters.eq("source", "/entente/benchmark/console"));

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("register", Map.of("agreementsStored", stored, "render", register.summary()));
        figures.put("agreementPage", Map.of("timelineEntries", TIMELINE_ENTRIES, "render", agreementPage.summary()));
        return figures;
    }

    /**
     * The register's page alone, with what is stored now (after the import, say): how large a
     * register the page serves in time.
     */
    static Map<String, Object> register(String consoleUrl, String agreementsUrl, int renders) {
        Matcher total = TOTAL.matcher(new Http().send("GET", agreementsUrl + "/api/agreements?size=1", null, null).body());
        int stored = total.find() ? Integer.parseInt(total.group(1)) : 0;
        HttpClient browser = signedInAsStaff(consoleUrl);
        Latencies register = new Latencies();
        for (int i = 0; i < WARM_UP + renders; i++) {
            long nanos = get(browser, consoleUrl + "/agreements");
            if (i >= WARM_UP) {
                register.add(nanos);
            }
        }
        return Map.of("agreementsStored", stored, "render", register.summary());
    }

    /** Registers agreements until the register holds at least {@link #REGISTER_AGREEMENTS}; returns how many it holds. */
    private static int topUpTheRegister(Http api, String agreementsUrl) {
        Matcher total = TOTAL.matcher(api.send("GET", agreementsUrl + "/api/agreements?size=1", null, null).body());
        int stored = total.find() ? Integer.parseInt(total.group(1)) : 0;
        if (stored >= REGISTER_AGREEMENTS) {
            return stored;
        }
        String first = organization(api, agreementsUrl, "FR");
        String second = organization(api, agreementsUrl, "KZ");
        for (; stored < REGISTER_AGREEMENTS; stored++) {
            created(api.send("POST", agreementsUrl + "/api/agreements", memorandum(first, second), null));
        }
        return stored;
    }

    /** An agreement whose timeline holds {@link #TIMELINE_ENTRIES}, written straight into notify-service's database. */
    private static String agreementWithTimeline(Http api, MongoClient mongo, String agreementsUrl) {
        String id = created(api.send("POST", agreementsUrl + "/api/agreements",
                memorandum(organization(api, agreementsUrl, "FR"), organization(api, agreementsUrl, "KZ")), null));
        MongoCollection<Document> timeline = mongo.getDatabase("notify").getCollection("timeline");
        long base = System.currentTimeMillis() - TIMELINE_ENTRIES * 1000L;
        List<Document> entries = new ArrayList<>();
        for (int i = 0; i < TIMELINE_ENTRIES; i++) {
            entries.add(new Document("_id", id + "-console-" + i)
                    .append("agreementId", id)
                    .append("type", "entente.agreement.updated.v1")
                    .append("occurredAt", new Date(base + i * 1000L))
                    .append("source", "/entente/benchmark/console")
                    .append("actor", "claire")
                    .append("data", new Document("agreement", new Document("code", "BENCH").append("version", i + 1))
                            .append("changedFields", List.of("summary")))
                    .append("recordedAt", new Date(base + i * 1000L)));
        }
        timeline.insertMany(entries);
        return id;
    }

    /** Signs in as claire the way a browser does: the console sends it to the issuer's login form and back. */
    private static HttpClient signedInAsStaff(String consoleUrl) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(2)).build();
        HttpResponse<String> loginForm = send(browser, HttpRequest.newBuilder(URI.create(consoleUrl + "/oauth2/authorization/entente")));
        Matcher csrf = CSRF.matcher(loginForm.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no login form at " + loginForm.uri());
        }
        String form = "username=claire&password=local-demo-password&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> home = send(browser, HttpRequest.newBuilder(loginForm.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (home.statusCode() != 200 || !home.uri().toString().startsWith(consoleUrl)) {
            throw new IllegalStateException("signing in ended at " + home.uri() + " with " + home.statusCode());
        }
        return browser;
    }

    private static long get(HttpClient browser, String url) {
        long start = System.nanoTime();
        HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create(url)));
        long nanos = System.nanoTime() - start;
        if (page.statusCode() != 200) {
            // The console's failure page names the service that did not answer: keep its words.
            String text = page.body().replaceAll("(?s)<script.*?</script>|<style.*?</style>", " ")
                    .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
            throw new IllegalStateException(url + " answered " + page.statusCode() + " after "
                    + Duration.ofNanos(nanos).toMillis() + " ms: " + text.substring(0, Math.min(400, text.length())));
        }
        return nanos;
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            // As a browser asks: the issuer shows its login form only to a request that accepts HTML.
            return client.send(request.header("Accept", "text/html").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String organization(Http api, String agreementsUrl, String country) {
        return created(api.send("POST", agreementsUrl + "/api/organizations", """
                {"name": "Console benchmark %s", "country": "%s", "type": "GOVERNMENT_AGENCY"}
                """.formatted(UUID.randomUUID(), country), null));
    }

    private static String memorandum(String first, String second) {
        return """
                {"code": "CONSOLE-%s", "kind": "MOU", "title": {"fr": "Mémorandum", "en": "Memorandum"},
                 "parties": [{"organizationId": "%s", "role": "SIGNATORY"}, {"organizationId": "%s", "role": "SIGNATORY"}]}
                """.formatted(UUID.randomUUID().toString().substring(0, 12), first, second);
    }

    private static String created(Http.Answer answer) {
        Matcher id = ID.matcher(answer.body());
        if (answer.status() != 201 || !id.find()) {
            throw new IllegalStateException("not created (" + answer.status() + "): " + answer.body());
        }
        return id.group(1);
    }
}
