package org.entente.actions.agreement;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.entente.events.agreement.PartySnapshot;
import org.entente.platform.replica.AgreementReplica;
import org.entente.platform.replica.AgreementReplicas;
import org.entente.platform.security.Caller;
import org.entente.platform.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * The agreements actions-service knows: the replica first; for one it has not seen yet, a
 * single read from agreements-service (the only synchronous call the design allows), with a
 * short timeout. What that read learns is kept in the replica under the same version rule as
 * events, so a later event wins only if it is newer.
 */
@Component
public class AgreementDirectory {

    private static final Logger log = LoggerFactory.getLogger(AgreementDirectory.class);
    private static final int MAX_ID_LENGTH = 100;

    private final AgreementReplicas replicas;
    private final AgreementsService agreementsService;
    private final AgreementsServiceSettings settings;
    private final Clock clock;

    AgreementDirectory(AgreementReplicas replicas, AgreementsService agreementsService,
                       AgreementsServiceSettings settings, Clock clock) {
        this.replicas = replicas;
        this.agreementsService = agreementsService;
        this.settings = settings;
        this.clock = clock;
    }

    /** The agreement as the replica knows it, if it does and the caller may know of it. */
    public Optional<AgreementReplica> find(String agreementId) {
        return replicas.findVisible(agreementId, Caller.current());
    }

    /** Whether the agreement is restricted and the caller is not on its access list: then its plan is not there. */
    public boolean isHidden(String agreementId) {
        return replicas.isHidden(agreementId, Caller.current());
    }

    /** The restricted agreements the caller may not see: what lists and roll-ups leave out. */
    public List<String> hiddenIds() {
        return replicas.hiddenIds(Caller.current());
    }

    /** The replica of the agreement with this code that changed last (codes are unique in agreements-service). */
    public Optional<AgreementReplica> findByCode(String code) {
        return replicas.findByCode(code).filter(agreement -> agreement.visibleTo(Caller.current()));
    }

    /**
     * The agreement, from the replica or else from agreements-service.
     *
     * @throws ProblemException 404 when agreements-service does not know it either
     * @throws AgreementsUnavailableException when agreements-service cannot say
     */
    public AgreementReplica require(String agreementId) {
        if (agreementId.length() > MAX_ID_LENGTH) {
            throw ProblemException.notFound("agreement", agreementId);
        }
        return find(agreementId).orElseGet(() -> fetch(agreementId));
    }

    private AgreementReplica fetch(String agreementId) {
        AgreementsService.Agreement agreement;
        try {
            // On the caller's behalf: their token, so a restricted agreement they may not see stays a 404.
            agreement = agreementsService.agreement(agreementId, callersToken().map(token -> "Bearer " + token).orElse(null));
        } catch (HttpClientErrorException.NotFound e) {
            throw ProblemException.notFound("agreement", agreementId);
        } catch (RestClientException e) {
            log.warn("agreements-service at {} did not answer about agreement {}: {}", settings.url(), agreementId,
                    e.getMessage());
            throw new AgreementsUnavailableException(agreementId);
        }
        if (agreement == null || agreement.version() == null) {
            log.warn("agreements-service answered about agreement {} without its version", agreementId);
            throw new AgreementsUnavailableException(agreementId);
        }
        List<AgreementsService.Party> parties = agreement.parties() == null ? List.of() : agreement.parties();
        replicas.store(new AgreementReplica(agreementId, agreement.version(), agreement.code(), agreement.title(),
                agreement.status(), agreement.themes(), agreement.confidentiality(), agreement.access(),
                parties.stream().map(AgreementsService.Party::organizationId).toList(),
                parties.stream().map(AgreementsService.Party::country).toList(),
                agreement.signedOn(), agreement.expiresOn(), clock.instant(), agreement.noticeDeadline(),
                agreement.kind(), agreement.effectiveFrom(), parties.stream().map(party -> new PartySnapshot(
                        party.organizationId(), party.organizationName(), party.country(), party.role(), null, null))
                        .toList(), agreement.summary(), List.of()));
        return find(agreementId).orElseThrow(() -> new AgreementsUnavailableException(agreementId));
    }

    private static Optional<String> callersToken() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                ? Optional.of(token.getToken().getTokenValue()) : Optional.empty();
    }
}
