package org.entente.agreements.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.agreements.agreement.Agreement;
import org.entente.agreements.agreement.AgreementRequest;
import org.entente.agreements.agreement.AgreementStatus;
import org.entente.agreements.agreement.MovingAgreement;
import org.entente.agreements.agreement.RegisteringAgreement;
import org.entente.agreements.agreement.review.ApprovalStep;
import org.entente.agreements.agreement.review.ReviewingAgreement;
import org.entente.agreements.delegation.Delegation;
import org.entente.agreements.delegation.DelegationRequest;
import org.entente.agreements.delegation.DelegationStatus;
import org.entente.agreements.delegation.MovingDelegation;
import org.entente.agreements.delegation.SchedulingDelegation;
import org.entente.agreements.organization.OrganizationRequest;
import org.entente.agreements.organization.RegisteringOrganization;
import org.entente.platform.domain.Refusal;
import org.entente.platform.security.Caller;
import org.entente.platform.security.Role;
import org.entente.platform.web.RequestValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo set drawn from the seed documents through the same use cases as the API,
 * so it produces the same events a user would; the demo actor is the system. Runs when
 * {@code entente.demo.enabled=true} (the run command's {@code --demo}). Loading twice changes
 * nothing: an organization or an agreement that exists already is refused and left alone.
 */
@Component
@ConditionalOnBooleanProperty("entente.demo.enabled")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** What one load created. */
    record Loaded(int organizations, int agreements) {
    }

    private final RegisteringOrganization registeringOrganization;
    private final RegisteringAgreement registeringAgreement;
    private final MovingAgreement movingAgreement;
    private final ReviewingAgreement reviewing;
    private final SchedulingDelegation schedulingDelegation;
    private final MovingDelegation movingDelegation;
    private final RequestValidator validator;
    private final JsonMapper json;

    DemoData(RegisteringOrganization registeringOrganization, RegisteringAgreement registeringAgreement,
             MovingAgreement movingAgreement, ReviewingAgreement reviewing, SchedulingDelegation schedulingDelegation,
             MovingDelegation movingDelegation, RequestValidator validator, JsonMapper json) {
        this.registeringOrganization = registeringOrganization;
        this.registeringAgreement = registeringAgreement;
        this.movingAgreement = movingAgreement;
        this.reviewing = reviewing;
        this.schedulingDelegation = schedulingDelegation;
        this.movingDelegation = movingDelegation;
        this.validator = validator;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAtStart() {
        Loaded loaded = load();
        log.info("Demo data: {} organization(s) and {} agreement(s) created", loaded.organizations(), loaded.agreements());
    }

    Loaded load() {
        Map<String, String> organizationIds = new LinkedHashMap<>();
        int organizationsCreated = 0;
        for (Map<String, Object> organization : DemoSet.ORGANIZATIONS) {
            try {
                organizationIds.put((String) organization.get("name"),
                        registeringOrganization.register(request(organization, OrganizationRequest.class)).id());
                organizationsCreated++;
            } catch (Refusal refusal) {
                organizationIds.put((String) organization.get("name"), existingId(refusal, organization.get("name")));
            }
        }
        int agreementsCreated = 0;
        for (DemoSet.DemoAgreement demo : DemoSet.AGREEMENTS) {
            Agreement agreement;
            try {
                agreement = registeringAgreement.register(request(demo.body(organizationIds), AgreementRequest.class));
            } catch (Refusal refusal) {
                existingId(refusal, demo.code());
                continue;
            }
            agreementsCreated++;
            for (Map<String, Object> move : demo.moves()) {
                if ("SIGNED".equals(move.get("status"))) {
                    approveBeforeSigning(agreement);
                }
                movingAgreement.move(agreement.id(), null, new MovingAgreement.Move(
                        AgreementStatus.valueOf((String) move.get("status")), date(move.get("on")),
                        (String) move.get("place"), (String) move.get("reason")));
            }
            // The visit is logged with its agreement, so a second load (refused above) does not repeat it.
            if (demo.code().equals(DemoSet.VISITED_AGREEMENT)) {
                Delegation visit = schedulingDelegation.schedule(
                        request(DemoSet.signingVisit(organizationIds), DelegationRequest.class), agreement.id());
                movingDelegation.move(visit.id(), null, DelegationStatus.CONFIRMED, null);
                movingDelegation.move(visit.id(), null, DelegationStatus.COMPLETED, null);
            }
        }
        return new Loaded(organizationsCreated, agreementsCreated);
    }

    /**
     * A kind with an approval chain is signed once approved: the loader submits it and each step's
     * approver (the named user, or a holder of the role) approves the text as it is.
     */
    private void approveBeforeSigning(Agreement agreement) {
        List<ApprovalStep> chain = reviewing.chainFor(agreement);
        if (chain.isEmpty()) {
            return;
        }
        Agreement reviewed = reviewing.submit(agreement.id(), null, List.of(), Caller.SYSTEM);
        for (ApprovalStep step : chain) {
            Caller approver = step.user() != null
                    ? new Caller(step.user(), step.user(), Set.of(Role.APPROVER))
                    : new Caller("demo-" + step.name(), step.name(), Set.of(Role.valueOf(step.role())));
            reviewed = reviewing.approve(agreement.id(), null, reviewed.version(), null, approver);
        }
    }

    /** The demo body as the API would read it, checked with the API's rules. */
    private <R> R request(Map<String, Object> body, Class<R> type) {
        return validator.validate(json.convertValue(body, type));
    }

    /** The id of what already existed, which the refusal names; any other refusal is a broken demo set. */
    private static String existingId(Refusal refusal, Object what) {
        if (refusal.reason() == Refusal.Reason.CONFLICT && refusal.properties().get("existingId") instanceof String id) {
            return id;
        }
        throw new IllegalStateException("Demo data " + what + " was refused: " + refusal.getMessage(), refusal);
    }

    private static LocalDate date(Object text) {
        return text == null ? null : LocalDate.parse((String) text);
    }
}
