package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.entente.localstack.LocalSystem;
import org.entente.localstack.Settings;
import org.entente.localstack.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole system started the way the run command starts it: Kafka, MongoDB, SMTP and the
 * three services as separate processes, on free ports and a fresh data folder, driven over
 * HTTP only. Each test class gets its own system and leaves no process behind.
 */
abstract class SystemTest {

    @TempDir
    static Path data;

    static LocalSystem system;
    /** An administrator's token from the system's own issuer, sent unless a request brings its own. */
    static String adminToken;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final JsonMapper json = JsonMapper.builder().build();

    /** An HTTP answer: status and parsed body (null when the body is empty or not JSON). */
    record Answer(int status, JsonNode body, HttpResponse<String> raw) {
    }

    /** Settings a test class gives every service, as NAME=value environment variables. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface ServiceEnvironment {
        String[] value();
    }

    /** A test class that also needs the web console, started after the services (inherited: see ConsoleBrowserTest). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @Inherited
    @interface WithConsole {
    }

    @BeforeAll
    static void startTheSystem(TestInfo test) {
        Settings settings = Settings.isolated(Path.of("..").toAbsolutePath().normalize(), data);
        system = new LocalSystem(settings, false);
        ServiceEnvironment environment = test.getTestClass().orElseThrow().getAnnotation(ServiceEnvironment.class);
        if (environment != null) {
            for (String setting : environment.value()) {
                String[] nameAndValue = setting.split("=", 2);
                system.withServiceEnvironment(nameAndValue[0], nameAndValue[1]);
            }
        }
        if (test.getTestClass().orElseThrow().isAnnotationPresent(WithConsole.class)) {
            system.withConsole();
        }
        system.start();
        adminToken = demoToken("admin");
    }

    @AfterAll
    static void stopTheSystem() {
        List<ProcessHandle> children = ProcessHandle.current().children().toList();

        system.close();

        assertThat(children).as("every process the system started").isNotEmpty()
                .allSatisfy(child -> assertThat(child.isAlive()).as("process %d still alive", child.pid()).isFalse());
    }

    /**
     * Every HTTP call of the system tests goes through here. A body is sent as JSON unless the
     * headers, given as name-value pairs, say another Content-Type.
     */
    static Answer send(String service, String method, String path, String body, String... headers) {
        return send(system.service(service), method, path, body, headers);
    }

    /** The same, to one instance of a service (a second instance, say). */
    static Answer send(LocalSystem.Service instance, String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance.url() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.setHeader("Content-Type", "application/json");
        }
        boolean ownToken = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
            ownToken |= headers[i].equalsIgnoreCase("Authorization");
        }
        if (!ownToken) {
            request.setHeader("Authorization", "Bearer " + adminToken);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode parsed = null;
            try {
                parsed = response.body().isBlank() ? null : json.readTree(response.body());
            } catch (RuntimeException notJson) {
                // left null: the caller checks the status
            }
            return new Answer(response.statusCode(), parsed, response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A token of the local issuer's demo client for this role (admin, staff, manager or stakeholder). */
    static String demoToken(String role) {
        return TestTokens.clientCredentials(system.settings().issuerUri(), "entente-" + role,
                "local-demo-" + role + "-secret");
    }

    /** The sum of a Prometheus metric's series on one instance, over those whose labels contain {@code labels}. */
    static double metric(LocalSystem.Service instance, String name, String labels) {
        String scrape = send(instance, "GET", "/actuator/prometheus", null).raw().body();
        return scrape.lines().filter(line -> (line.startsWith(name + "{") || line.startsWith(name + " "))
                        && line.contains(labels))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    static Answer post(String service, String path, String body) {
        return send(service, "POST", path, body);
    }

    static String created(Answer answer) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(201);
        return answer.body().get("id").asString();
    }

    static String organization(String name, String country) {
        return created(post("agreements-service", "/api/organizations", """
                {"name": "%s %s", "country": "%s", "type": "GOVERNMENT_AGENCY"}
                """.formatted(name, UUID.randomUUID(), country)));
    }

    /** A draft memorandum between two new organizations, with signatories: its id. */
    static String agreement(String code) {
        return created(post("agreements-service", "/api/agreements", memorandum(code,
                organization("Institut national du service public", "FR"),
                organization("Agency for Civil Service Affairs", "KZ"))));
    }

    static String memorandum(String code, String french, String kazakh) {
        return """
                {"code": "%s", "kind": "MOU",
                 "title": {"fr": "Mémorandum de coopération", "en": "Memorandum of cooperation"},
                 "parties": [{"organizationId": "%s", "role": "SIGNATORY",
                              "signatory": {"name": "Maryvonne Le Brignonnen", "title": "Director"}},
                             {"organizationId": "%s", "role": "SIGNATORY",
                              "signatory": {"name": "Darkhan Zhazykbay", "title": "Chairman"}}]}
                """.formatted(code, french, kazakh);
    }

    /** Every entry of an agreement's timeline, following the cursor. */
    static List<JsonNode> timeline(String agreementId) {
        List<JsonNode> entries = new ArrayList<>();
        String after = null;
        do {
            Answer page = send("notify-service", "GET", "/api/agreements/" + agreementId + "/timeline?limit=200"
                    + (after == null ? "" : "&after=" + after), null);
            if (page.status() != 200) {
                return entries;
            }
            page.body().get("entries").forEach(entries::add);
            after = page.body().get("next").isNull() ? null : page.body().get("next").asString();
        } while (after != null);
        return entries;
    }
}
