package org.entente.notify.timeline;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The services' public addresses, as readers reach them: where timeline, feed and e-mail
 * links point, and this service's own (unsubscribe and feed links).
 */
@Validated
@ConfigurationProperties("entente.links")
public record LinkSettings(
        @NotBlank @DefaultValue("http://localhost:8081") String agreementsService,
        @NotBlank @DefaultValue("http://localhost:8082") String actionsService,
        @NotBlank @DefaultValue("http://localhost:8083") String notifyService) {
}
