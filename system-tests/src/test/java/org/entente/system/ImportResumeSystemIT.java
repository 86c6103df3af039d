package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * An import's apply survives the death of agreements-service: killed mid-apply (the process,
 * as FaultsSystemIT kills one) and started again, it resumes where it stopped and every row is
 * applied once: one agreement per code, one creation event per agreement on the timeline.
 */
class ImportResumeSystemIT extends SystemTest {

    private static final int ROWS = 3000;

    @Test
    void anImportKilledMidApplyResumesAtRestartAndAppliesEveryRowOnce() {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String insp = "INSP" + run;
        String agency = "ACSA" + run;
        created(post("agreements-service", "/api/organizations", """
                {"name": "Institut national du service public %s", "acronym": "%s", "country": "FR", "type": "SCHOOL_OR_ACADEMY"}
                """.formatted(run, insp)));
        created(post("agreements-service", "/api/organizations", """
                {"name": "Agency for Civil Service Affairs %s", "acronym": "%s", "country": "KZ", "type": "GOVERNMENT_AGENCY"}
                """.formatted(run, agency)));
        StringBuilder csv = new StringBuilder("code,kind,title_en,title_fr,party1_organization,party1_role,party2_organization,party2_role\r\n");
        for (int row = 1; row <= ROWS; row++) {
            csv.append("RESUME-%s-%05d,MOU,Memorandum %d,Mémorandum %d,%s,SIGNATORY,%s,SIGNATORY\r\n"
                    .formatted(run, row, row, row, insp, agency));
        }

        Answer dryRun = upload("agreements", "register.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(dryRun.status()).as(String.valueOf(dryRun.body())).isEqualTo(201);
        String importId = dryRun.body().get("id").asString();
        assertThat(dryRun.body().get("planned").get("CREATE").asInt()).isEqualTo(ROWS);

        assertThat(post("agreements-service", "/api/imports/" + importId + "/apply", null).status()).isEqualTo(202);
        long doneWhenKilled = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> rowsDone(importId), done -> done >= 100);
        system.kill("agreements-service");
        assertThat(doneWhenKilled).as("killed mid-apply").isLessThan(ROWS);
        system.restartService("agreements-service");

        JsonNode applied = await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1))
                .until(() -> send("agreements-service", "GET", "/api/imports/" + importId, null).body(),
                        job -> "APPLIED".equals(job.get("status").asString()));
        assertThat(applied.get("rowsDone").asLong()).isEqualTo(ROWS);

        Map<String, String> codeById = agreementsCoded("RESUME-" + run);
        assertThat(codeById).as("one agreement per row").hasSize(ROWS);
        assertThat(new HashSet<>(codeById.values())).as("each code once").hasSize(ROWS);

        List<String> createdEvents = await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(2))
                .until(() -> creationsOf(codeById.keySet()), found -> found.size() >= ROWS);
        assertThat(createdEvents).as("one creation event per agreement").hasSize(ROWS)
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(codeById.keySet());
    }

    private static long rowsDone(String importId) {
        Answer job = send("agreements-service", "GET", "/api/imports/" + importId, null);
        return job.status() == 200 ? job.body().get("rowsDone").asLong() : 0;
    }

    /** The agreements whose code starts so, id to code, every page read. */
    private static Map<String, String> agreementsCoded(String prefix) {
        Map<String, String> codeById = new HashMap<>();
        int page = 0;
        JsonNode answer;
        do {
            answer = send("agreements-service", "GET", "/api/agreements?size=100&sort=code,asc&q=" + prefix + "&page=" + page, null).body();
            answer.get("items").forEach(agreement -> {
                if (agreement.get("code").asString().startsWith(prefix)) {
                    codeById.put(agreement.get("id").asString(), agreement.get("code").asString());
                }
            });
            page++;
        } while (page < answer.get("totalPages").asInt());
        return codeById;
    }

    /** The agreement ids of the creation events on the timeline that concern these agreements, as many times as they appear. */
    private static List<String> creationsOf(Set<String> agreementIds) {
        List<String> found = new ArrayList<>();
        String after = null;
        do {
            Answer page = send("notify-service", "GET", "/api/timeline?limit=200&types=entente.agreement.created.v1"
                    + (after == null ? "" : "&after=" + after), null);
            page.body().get("entries").forEach(entry -> {
                if (agreementIds.contains(entry.get("agreementId").asString())) {
                    found.add(entry.get("agreementId").asString());
                }
            });
            after = page.body().get("next").isNull() ? null : page.body().get("next").asString();
        } while (after != null);
        return found;
    }

    /** A multipart upload of one file to POST /api/imports. */
    static Answer upload(String kind, String fileName, byte[] content) {
        String boundary = "entente-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(system.service("agreements-service").url() + "/api/imports?kind=" + kind))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), json.readTree(response.body()), response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
