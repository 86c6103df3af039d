package org.entente.actions.iati;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.entente.actions.agreement.AgreementDirectory;
import org.entente.platform.replica.AgreementReplica;
import org.entente.platform.security.RestrictedAccess;
import org.entente.platform.web.ProblemException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/exports")
@Tag(name = "Exports")
@EnableConfigurationProperties(IatiSettings.class)
class IatiController {

    /** Agreements one file may hold: a report is of chosen agreements, not the whole register. */
    static final int MOST_AGREEMENTS = 200;
    private static final String INTERNAL = "INTERNAL";

    private final AgreementDirectory agreements;
    private final IatiActivities activities;
    private final Clock clock;

    IatiController(AgreementDirectory agreements, IatiActivities activities, Clock clock) {
        this.agreements = agreements;
        this.activities = activities;
        this.clock = clock;
    }

    @GetMapping("/iati.xml")
    @Operation(summary = "Chosen agreements as IATI 2.03 activities",
            description = "agreementId repeats (1 to 200). Each agreement is a parent activity, its action items "
                    + "child activities with their indicators as results. Restricted agreements are never exported "
                    + "(422); internal ones only with internal=true (else 422).")
    void iati(@RequestParam(name = "agreementId", required = false) List<String> agreementIds,
              @RequestParam(defaultValue = "false") boolean internal,
              HttpServletResponse response) throws IOException {
        if (agreementIds == null || agreementIds.isEmpty()) {
            throw ProblemException.badRequest("agreementId", "must name at least one agreement");
        }
        if (agreementIds.size() > MOST_AGREEMENTS) {
            throw ProblemException.badRequest("agreementId", "may name at most " + MOST_AGREEMENTS + " agreements");
        }
        List<AgreementReplica> chosen = new ArrayList<>();
        for (String id : new LinkedHashSet<>(agreementIds)) {
            AgreementReplica agreement = agreements.find(id)
                    .orElseThrow(() -> ProblemException.notFound("agreement", id));
            if (RestrictedAccess.RESTRICTED.equals(agreement.confidentiality())) {
                throw ProblemException.unprocessable("agreementId", "agreement " + agreement.code()
                        + " is restricted: restricted agreements are never exported");
            }
            if (INTERNAL.equals(agreement.confidentiality()) && !internal) {
                throw ProblemException.unprocessable("agreementId", "agreement " + agreement.code()
                        + " is internal: add internal=true to export it");
            }
            chosen.add(agreement);
        }
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("iati-activities.xml").build().toString());
        activities.write(chosen, clock.instant(), response.getOutputStream());
    }
}
