package org.entente.actions.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.entente.events.agreement.AccessSnapshot;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** agreements-service's API, the part actions-service reads: one agreement, on the caller's behalf. */
@HttpExchange("/api/agreements")
interface AgreementsService {

    /**
     * The agreement. A 404 (no such agreement, or none this caller may see) raises
     * {@code HttpClientErrorException.NotFound}; any other failure another {@code RestClientException}.
     */
    @GetExchange("/{id}")
    Agreement agreement(@PathVariable String id,
                                        @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization);

    /** The fields the replica keeps; the answer has more. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Agreement(String id, Long version, String code, Map<String, String> title, String status,
                     List<String> themes, String confidentiality, AccessSnapshot access, List<Party> parties,
                     LocalDate signedOn, LocalDate expiresOn, LocalDate noticeDeadline, String kind,
                     LocalDate effectiveFrom, String summary) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Party(String organizationId, String organizationName, String country, String role) {
    }
}
