package org.entente.agreements.agreement.review;

import java.util.List;
import java.util.Map;

import org.entente.agreements.agreement.AgreementKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The approval chain of each agreement kind ({@code entente.review.chains.<KIND>}): steps in order,
 * each {@code name:user:<subject>} or {@code name:role:<ROLE>}, comma-separated, e.g.
 * {@code entente.review.chains.MOU=legal:user:lea,director:user:daniel}. A kind left out, or set
 * empty, needs no approval before signing.
 */
@ConfigurationProperties("entente.review")
public record ReviewSettings(@DefaultValue Map<AgreementKind, List<String>> chains) {

    public ReviewSettings {
        chains = Map.copyOf(chains);
        chains.values().forEach(ReviewSettings::parsed); // a mistyped step fails the start, not the first signing
    }

    public List<ApprovalStep> chainFor(AgreementKind kind) {
        return parsed(chains.getOrDefault(kind, List.of()));
    }

    private static List<ApprovalStep> parsed(List<String> steps) {
        return steps.stream().filter(step -> !step.isBlank()).map(ReviewSettings::step).toList();
    }

    private static ApprovalStep step(String spec) {
        String[] parts = spec.trim().split(":", 3);
        if (parts.length != 3 || !(parts[1].equals("user") || parts[1].equals("role"))) {
            throw new IllegalArgumentException("entente.review.chains: a step is name:user:<subject> or "
                    + "name:role:<ROLE>, not " + spec);
        }
        return parts[1].equals("user") ? new ApprovalStep(parts[0], parts[2], null)
                : new ApprovalStep(parts[0], null, parts[2]);
    }
}
