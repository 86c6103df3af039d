package org.entente.agreements.agreement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.security.Caller;
import org.springframework.stereotype.Component;

/** Staff register an agreement (the API, the demo load): a new DRAFT with its parties looked up. */
@Component
public class RegisteringAgreement {

    private final AggregateStore<Agreement> agreements;
    private final AgreementDetailsResolver resolver;
    private final Clock clock;

    RegisteringAgreement(AggregateStore<Agreement> agreements, AgreementDetailsResolver resolver, Clock clock) {
        this.agreements = agreements;
        this.resolver = resolver;
        this.clock = clock;
    }

    /** @throws org.entente.platform.domain.Refusal when the code is taken or the details break a rule */
    public Agreement register(AgreementRequest request) {
        return register(resolver.resolve(request));
    }

    /**
     * Registers details whose parties are already looked up (an import looks up the
     * organizations its rows name once, not once per row).
     *
     * @throws org.entente.platform.domain.Refusal when the code is taken or the details break a rule
     */
    public Agreement register(Agreement.Details details) {
        return agreements.insert(Agreement.register(details, clock.instant(), Caller.current().subject()));
    }

    /**
     * Registers many agreements whose parties are already looked up in one write (an import's
     * batch): answers, in order, what refused each one (its code taken meanwhile, say), or nothing
     * where it was registered.
     */
    public List<Optional<RuntimeException>> registerAll(List<Agreement.Details> details) {
        Instant now = clock.instant();
        String actor = Caller.current().subject();
        return agreements.insertAll(details.stream().map(each -> Agreement.register(each, now, actor)).toList());
    }
}
