package org.entente.agreements.demo;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Loads the demo set drawn from the seed documents through the public API, so it
 * produces the same events a user would. Runs when {@code entente.demo.enabled=true}
 * (the run command's {@code --demo}); loading twice changes nothing, because each
 * agreement's reference code is unique.
 */
@Component
@ConditionalOnBooleanProperty("entente.demo.enabled")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    @EventListener
    void load(ApplicationReadyEvent ready) {
        int port = ((WebServerApplicationContext) ready.getApplicationContext()).getWebServer().getPort();
        load(RestClient.create("http://localhost:" + port));
    }

    /** Returns how many agreements were created; those already there are left alone. */
    int load(RestClient api) {
        int created = 0;
        for (Map<String, Object> agreement : AGREEMENTS) {
            HttpStatus status = api.post().uri("/api/agreements").contentType(MediaType.APPLICATION_JSON)
                    .body(agreement).exchange((request, response) -> HttpStatus.valueOf(response.getStatusCode().value()));
            if (status == HttpStatus.CREATED) {
                created++;
            } else if (status != HttpStatus.CONFLICT) {
                throw new IllegalStateException("Demo agreement " + agreement.get("code") + " was refused: " + status);
            }
        }
        log.info("Demo data: {} agreement(s) created, {} already there", created, AGREEMENTS.size() - created);
        return created;
    }

    static final List<Map<String, Object>> AGREEMENTS = List.of(
            Map.of("code", "INSP-KZ-2025-01",
                    "title", Map.of(
                            "fr", "Mémorandum de coopération pour soutenir la modernisation de l'administration publique du Kazakhstan",
                            "en", "Memorandum of cooperation supporting the modernisation of Kazakhstan's public administration"),
                    "parties", List.of(
                            party("Institut national du service public", "FR", "SIGNATORY"),
                            party("Agency for Civil Service Affairs of the Republic of Kazakhstan", "KZ", "SIGNATORY"))),
            Map.of("code", "ACSH-KR-2021-01",
                    "title", Map.of(
                            "fr", "Projet conjoint de numérisation et d'innovation dans le secteur public en Asie centrale et dans le Caucase",
                            "en", "Joint project on digitalisation and public sector innovation in Central Asia and the Caucasus"),
                    "parties", List.of(
                            party("Astana Civil Service Hub", "KZ", "IMPLEMENTER"),
                            party("Government of the Republic of Korea", "KR", "FUNDER"))),
            Map.of("code", "EF-VN-2019-01",
                    "title", Map.of(
                            "fr", "Appui à la transformation numérique de l'administration vietnamienne",
                            "en", "Support to the digital transformation of Viet Nam's public administration"),
                    "parties", List.of(
                            party("Expertise France", "FR", "IMPLEMENTER"),
                            party("Government Office of Viet Nam", "VN", "PARTNER"),
                            party("Agence française de développement", "FR", "FUNDER"))));

    private static Map<String, Object> party(String name, String country, String role) {
        return Map.of("name", name, "country", country, "role", role);
    }
}
