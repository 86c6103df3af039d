package org.entente.agreements.agreement;

import java.time.Clock;

import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.security.Caller;
import org.springframework.stereotype.Component;

/** Staff change an agreement's details, whole (PUT) or in part (a merge patch made whole). */
@Component
public class EditingAgreement {

    private final AggregateStore<Agreement> agreements;
    private final AgreementDetailsResolver resolver;
    private final Clock clock;

    EditingAgreement(AggregateStore<Agreement> agreements, AgreementDetailsResolver resolver, Clock clock) {
        this.agreements = agreements;
        this.resolver = resolver;
        this.clock = clock;
    }

    public Agreement edit(String id, long clientVersion, AgreementRequest request) {
        Agreement.Details details = resolver.resolve(request);
        return agreements.change(id, clientVersion,
                current -> current.edit(details, clock.instant(), Caller.current().subject()));
    }
}
