package org.entente.notify.webhook;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Webhook destinations and sends. Destinations are https only, and only to public addresses:
 * {@code allow-http} lets plain http through; {@code allowed-hosts} (host or host:port, as
 * written in the URL) exempts hosts from the address rules, e.g. a receiver on this machine.
 * A receiver has {@code timeout} to connect and to answer.
 */
@Validated
@ConfigurationProperties("entente.webhook")
public record WebhookSettings(
        @NotNull @DefaultValue("PT5S") Duration timeout,
        @DefaultValue("false") boolean allowHttp,
        @NotNull @DefaultValue List<String> allowedHosts) {
}
