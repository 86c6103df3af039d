package org.entente.actions.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What actions-service knows of an agreement, learnt from agreement events: enough to
 * attach an action plan and to refuse items on a closed agreement.
 */
public record AgreementReplica(
        String id,
        long version,
        String code,
        Map<String, String> title,
        String status,
        List<String> themes,
        String confidentiality,
        List<String> countries,
        Instant updatedAt) {

    static final String COLLECTION = "agreements";
}
