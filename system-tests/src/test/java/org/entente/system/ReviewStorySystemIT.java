package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.entente.localstack.test.TestTokens;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The approval story across the processes, with the default MOU chain (legal: lea, then director:
 * daniel): the INSP–Kazakhstan memorandum is submitted, legal approves, the director requests
 * changes, the edit restarts the chain, both approve and it is signed. Each step is on the
 * timeline in order; each approver hears of each step waiting for them once, in their in-app
 * inbox, through notify's standing approvals subscription (they follow nothing). The refusals on
 * the way (the submitter approving, a step not yours, an old version, signing too early) change nothing.
 */
class ReviewStorySystemIT extends SystemTest {

    @Test
    void theMemorandumIsSignedAfterLegalAndTheDirectorApprovedItsEditedTextAndEachApproverHeardOnce() {
        String staff = demoToken("staff");
        String lea = approver("lea");
        String daniel = approver("daniel");
        String insp = organization("Institut national du service public", "FR");
        String agency = organization("Agency for Civil Service Affairs of the Republic of Kazakhstan", "KZ");
        String mou = created(as(staff, "POST", "/api/agreements", memorandum("INSP-KZ-2025-01", insp, agency)));
        version(as(staff, "POST", "/api/agreements/" + mou + "/status", "{\"status\": \"NEGOTIATION\"}"));

        long submitted = version(as(staff, "POST", "/api/agreements/" + mou + "/review", null));
        Answer bySubmitter = decide(staff, mou, "approvals", submitted, null);
        Answer directorFirst = decide(daniel, mou, "approvals", submitted, null);
        Answer tooEarly = sign(staff, mou);
        long legal = version(decide(lea, mou, "approvals", submitted, "Legally sound"));
        long sentBack = version(decide(daniel, mou, "change-requests", legal, "Article 3 needs a budget line"));
        long edited = version(as(staff, "PATCH", "/api/agreements/" + mou,
                "{\"summary\": \"Leadership training, with a budget line in article 3\"}",
                "Content-Type", "application/merge-patch+json", "If-Match", "\"" + sentBack + "\""));
        Answer oldVersion = decide(lea, mou, "approvals", sentBack, null);
        long legalAgain = version(decide(lea, mou, "approvals", edited, null));
        Answer directorMissing = sign(staff, mou);
        version(decide(daniel, mou, "approvals", legalAgain, "Good to sign"));
        Answer signed = sign(staff, mou);

        assertThat(bySubmitter.status()).isEqualTo(403);
        assertThat(bySubmitter.body().get("rule").asString()).isEqualTo("separation-of-duties");
        assertThat(directorFirst.status()).isEqualTo(403);
        assertThat(directorFirst.body().get("rule").asString()).isEqualTo("not-your-step");
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(missing(tooEarly)).containsExactly("approval: legal (user lea)", "approval: director (user daniel)");
        assertThat(oldVersion.status()).as("approving the text before the edit").isEqualTo(409);
        assertThat(directorMissing.status()).isEqualTo(422);
        assertThat(missing(directorMissing)).containsExactly("approval: director (user daniel)");
        assertThat(signed.status()).as(String.valueOf(signed.body())).isEqualTo(200);
        assertThat(signed.body().get("status").asString()).isEqualTo("SIGNED");

        List<String> story = List.of("entente.agreement.created.v1", "entente.agreement.status-changed.v1",
                "entente.agreement.review-submitted.v1", "entente.agreement.review-approved.v1",
                "entente.agreement.review-changes-requested.v1", "entente.agreement.updated.v1",
                "entente.agreement.review-restarted.v1", "entente.agreement.review-approved.v1",
                "entente.agreement.review-approved.v1", "entente.agreement.status-changed.v1");
        List<JsonNode> entries = await().atMost(Duration.ofSeconds(60)).until(() -> timeline(mou),
                found -> found.size() >= story.size());
        assertThat(entries).extracting(entry -> entry.get("type").asString()).containsExactlyElementsOf(story);

        // lea waits at the submission and again at the restart; daniel after each of lea's approvals.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(inbox("lea", mou)).extracting(item -> item.get("type").asString())
                    .containsExactly("entente.agreement.review-restarted.v1", "entente.agreement.review-submitted.v1");
            assertThat(inbox("daniel", mou)).extracting(item -> item.get("type").asString())
                    .containsExactly("entente.agreement.review-approved.v1", "entente.agreement.review-approved.v1");
        });
        List<String> eventsTold = new ArrayList<>();
        inbox("lea", mou).forEach(item -> eventsTold.add(item.get("eventId").asString()));
        inbox("daniel", mou).forEach(item -> eventsTold.add(item.get("eventId").asString()));
        assertThat(eventsTold).as("one notification per event").doesNotHaveDuplicates().hasSize(4);
    }

    /** The chain's approvers as a script signs them in: the local issuer's clients whose subject is the user's. */
    private static String approver(String user) {
        return TestTokens.clientCredentials(system.settings().issuerUri(), user, "local-demo-" + user + "-secret");
    }

    private static Answer as(String token, String method, String path, String body, String... headers) {
        String[] withToken = new String[headers.length + 2];
        System.arraycopy(headers, 0, withToken, 0, headers.length);
        withToken[headers.length] = "Authorization";
        withToken[headers.length + 1] = "Bearer " + token;
        return send("agreements-service", method, path, body, withToken);
    }

    private static Answer decide(String token, String agreementId, String decision, long version, String comment) {
        return as(token, "POST", "/api/agreements/" + agreementId + "/review/" + decision,
                json.createObjectNode().put("version", version).put("comment", comment).toString());
    }

    private static Answer sign(String token, String agreementId) {
        return as(token, "POST", "/api/agreements/" + agreementId + "/status",
                "{\"status\": \"SIGNED\", \"on\": \"2025-11-14\", \"place\": \"Paris\"}");
    }

    /** The agreement's version after a change that had to succeed. */
    private static long version(Answer answer) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        return answer.body().get("version").asLong();
    }

    private static List<String> missing(Answer refusal) {
        List<String> missing = new ArrayList<>();
        refusal.body().get("missing").forEach(item -> missing.add(item.asString()));
        return missing;
    }

    /** The approver's in-app notifications about this agreement, newest first. */
    private static List<JsonNode> inbox(String subscriberId, String agreementId) {
        List<JsonNode> items = new ArrayList<>();
        send("notify-service", "GET", "/api/subscribers/" + subscriberId + "/inbox?size=100", null)
                .body().get("items").forEach(item -> {
                    if (agreementId.equals(item.get("agreementId").asString())) {
                        items.add(item);
                    }
                });
        return items;
    }
}
