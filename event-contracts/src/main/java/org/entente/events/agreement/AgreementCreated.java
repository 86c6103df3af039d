package org.entente.events.agreement;

import java.util.List;
import java.util.Map;

/** Data of {@code entente.agreement.created.v1}: the agreement as it was registered. */
public record AgreementCreated(
        String agreementId,
        long version,
        String code,
        Map<String, String> title,
        String status,
        List<PartySnapshot> parties) {
}
