package org.entente.events.agreement;

import java.util.List;

/** Data of {@code entente.agreement.updated.v1}: details were edited; which fields changed. */
public record AgreementUpdated(AgreementSnapshot agreement, List<String> changedFields) implements AgreementEvent {
}
