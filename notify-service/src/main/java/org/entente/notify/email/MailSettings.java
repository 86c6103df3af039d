package org.entente.notify.email;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The e-mails' sender, and an optional mailto address offered in {@code List-Unsubscribe}
 * beside the one-click URL (empty: the URL only).
 */
@Validated
@ConfigurationProperties("entente.mail")
public record MailSettings(
        @NotBlank @DefaultValue("Entente <notifications@entente.local>") String from,
        @NotNull @DefaultValue("") String unsubscribeMailto) {
}
