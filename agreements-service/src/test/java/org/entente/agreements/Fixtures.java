package org.entente.agreements;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.entente.localstack.test.TestApi;

/** Registers what a test needs through the API, with names no other test uses. */
public final class Fixtures {

    private final TestApi api;
    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    public Fixtures(TestApi api) {
        this.api = api;
    }

    public String unique() {
        return unique;
    }

    public String organization(String name, String country) {
        String distinct = name + " " + unique + " " + UUID.randomUUID().toString().substring(0, 4);
        return api.post("/api/organizations", Map.of("name", distinct, "country", country,
                "type", "GOVERNMENT_AGENCY")).getBody().get("id").asString();
    }

    /** A memorandum between a French and a Kazakh organization, both with a signatory: ready to be signed. */
    public Map<String, Object> memorandum() {
        return memorandum(organization("Institut national du service public", "FR"),
                organization("Agency for Civil Service Affairs", "KZ"));
    }

    public Map<String, Object> memorandum(String frenchOrganizationId, String kazakhOrganizationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "INSP-KZ-" + unique + "-" + UUID.randomUUID().toString().substring(0, 4));
        body.put("kind", "MOU");
        body.put("title", Map.of(
                "fr", "Mémorandum de coopération en matière de fonction publique",
                "en", "Memorandum of cooperation on civil service"));
        body.put("summary", "Leadership training for senior officials");
        body.put("themes", List.of("leadership", "digital-transformation"));
        body.put("parties", List.of(
                Map.of("organizationId", frenchOrganizationId, "role", "SIGNATORY",
                        "signatory", Map.of("name", "Maryvonne Le Brignonnen", "title", "Director")),
                Map.of("organizationId", kazakhOrganizationId, "role", "SIGNATORY",
                        "signatory", Map.of("name", "Darkhan Zhazykbay", "title", "Chairman"))));
        body.put("confidentiality", "PUBLIC");
        body.put("responsible", Map.of("name", "Claire Martin", "email", "claire.martin@example.org"));
        return body;
    }

    /** Registers the memorandum and returns its id. */
    public String agreement() {
        return api.post("/api/agreements", memorandum()).getBody().get("id").asString();
    }
}
