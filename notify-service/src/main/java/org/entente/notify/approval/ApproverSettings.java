package org.entente.notify.approval;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The people who approve agreements ({@code entente.approvers.<user id>.*}): how to reach them,
 * in which language, and the roles a chain's step may name them by. The approver of the current
 * step hears of it without having followed anything.
 */
@ConfigurationProperties("entente.approvers")
public record ApproverSettings(@DefaultValue Map<String, Approver> people) {

    /** One approver: name, e-mail, language ({@code fr} or {@code en}) and roles (e.g. APPROVER). */
    public record Approver(String name, String email, @DefaultValue("en") String language,
                           @DefaultValue List<String> roles) {
    }
}
