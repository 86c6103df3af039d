package org.entente.actions.agreement;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.entente.platform.inbound.IdempotentWrites;
import org.entente.platform.web.ProblemException;
import org.entente.events.agreement.AccessSnapshot;
import org.entente.platform.security.Caller;
import org.entente.platform.security.RestrictedAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import tools.jackson.databind.JsonNode;

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

    private final MongoTemplate mongo;
    private final IdempotentWrites writes;
    private final RestClient agreementsService;
    private final String baseUrl;
    private final Clock clock;

    AgreementDirectory(MongoTemplate mongo, IdempotentWrites writes, Clock clock,
                       @Value("${entente.agreements-service.url:http://localhost:8081}") String baseUrl,
                       @Value("${entente.agreements-service.timeout:PT2S}") Duration timeout) {
        this.mongo = mongo;
        this.writes = writes;
        this.clock = clock;
        this.baseUrl = baseUrl;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        this.agreementsService = RestClient.builder().baseUrl(baseUrl).requestFactory(requests)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    /** The agreement as the replica knows it, if it does. */
    public Optional<AgreementReplica> find(String agreementId) {
        return Optional.ofNullable(mongo.findById(agreementId, AgreementReplica.class, AgreementReplica.COLLECTION))
                .filter(agreement -> agreement.visibleTo(Caller.current()));
    }

    /** Whether the agreement is restricted and the caller is not on its access list: then its plan is not there. */
    public boolean isHidden(String agreementId) {
        AgreementReplica agreement = mongo.findById(agreementId, AgreementReplica.class, AgreementReplica.COLLECTION);
        return agreement != null && !agreement.visibleTo(Caller.current());
    }

    /** The restricted agreements the caller may not see: what lists and roll-ups leave out. */
    public List<String> hiddenIds() {
        return RestrictedAccess.hiddenIds(mongo, AgreementReplica.COLLECTION, Caller.current());
    }

    /** The replica of the agreement with this code that changed last (codes are unique in agreements-service). */
    public Optional<AgreementReplica> findByCode(String code) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("code").is(code))
                .with(Sort.by(Sort.Direction.DESC, "updatedAt")), AgreementReplica.class, AgreementReplica.COLLECTION))
                .filter(agreement -> agreement.visibleTo(Caller.current()));
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
        ResponseEntity<JsonNode> answer;
        try {
            // On the caller's behalf: their token, so a restricted agreement they may not see stays a 404.
            answer = agreementsService.get().uri("/api/agreements/{id}", agreementId)
                    .headers(headers -> callersToken().ifPresent(headers::setBearerAuth))
                    .retrieve().toEntity(JsonNode.class);
        } catch (RestClientException e) {
            log.warn("agreements-service at {} did not answer about agreement {}: {}", baseUrl, agreementId, e.getMessage());
            throw new AgreementsUnavailableException(agreementId);
        }
        if (answer.getStatusCode() == HttpStatus.NOT_FOUND) {
            throw ProblemException.notFound("agreement", agreementId);
        }
        JsonNode agreement = answer.getBody();
        if (!answer.getStatusCode().is2xxSuccessful() || agreement == null || !agreement.has("version")) {
            log.warn("agreements-service answered {} about agreement {}", answer.getStatusCode(), agreementId);
            throw new AgreementsUnavailableException(agreementId);
        }
        List<String> countries = new ArrayList<>();
        agreement.path("parties").forEach(party -> countries.add(text(party.path("country"))));
        List<String> themes = new ArrayList<>();
        agreement.path("themes").forEach(theme -> themes.add(theme.asString()));
        Map<String, String> title = new java.util.TreeMap<>();
        agreement.path("title").properties().forEach(entry -> title.put(entry.getKey(), entry.getValue().asString()));
        writes.upsertIfNewer(AgreementReplica.COLLECTION, agreementId, agreement.get("version").asLong(),
                AgreementReplica.fields(text(agreement.path("code")), title, text(agreement.path("status")),
                        themes, text(agreement.path("confidentiality")), access(agreement.path("access")), countries,
                        clock.instant()));
        return find(agreementId).orElseThrow(() -> new AgreementsUnavailableException(agreementId));
    }

    private static Optional<String> callersToken() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                ? Optional.of(token.getToken().getTokenValue()) : Optional.empty();
    }

    private static AccessSnapshot access(JsonNode access) {
        if (!access.isObject()) {
            return null;
        }
        List<String> users = new ArrayList<>();
        access.path("users").forEach(user -> users.add(user.asString()));
        List<String> roles = new ArrayList<>();
        access.path("roles").forEach(role -> roles.add(role.asString()));
        return new AccessSnapshot(users, roles);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asString();
    }
}
