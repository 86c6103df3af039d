package org.entente.console.brief;

import java.time.Clock;
import java.time.Instant;

import org.entente.console.Services;
import org.entente.console.agreement.Timelines;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Gathers a brief from the three services with the reader's token: the console is the
 * backend-for-frontend that reads them all, so no service calls another to make a brief.
 */
@Component
class Briefs {

    private final Services services;
    private final Timelines timelines;

    Briefs(Services services, Timelines timelines) {
        this.services = services;
        this.timelines = timelines;
    }

    Brief of(String agreementId) {
        Brief.Facts agreement = services.agreements().get().uri("/api/agreements/{id}", agreementId)
                .retrieve().body(Brief.Facts.class);
        // actions-service learns of an agreement from its events: a brand-new one has no plan there yet.
        Brief.Plan plan;
        try {
            plan = services.actions().get().uri("/api/agreements/{id}/plan", agreementId).retrieve().body(Brief.Plan.class);
        } catch (HttpClientErrorException.NotFound noPlanYet) {
            plan = null;
        }
        return new Brief(agreement, plan, timelines.latest(agreementId, Brief.LATEST).entries(), Instant.now(Clock.systemUTC()));
    }
}
