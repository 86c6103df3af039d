package org.entente.actions.agreement;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where actions-service reads an agreement its replica has not seen yet, and how long it
 * waits (to connect, and then for the answer) before answering 503 with Retry-After.
 */
@Validated
@ConfigurationProperties("entente.agreements-service")
record AgreementsServiceSettings(
        @NotNull @DefaultValue("http://localhost:8081") URI url,
        @NotNull @DefaultValue("PT2S") Duration timeout) {
}
