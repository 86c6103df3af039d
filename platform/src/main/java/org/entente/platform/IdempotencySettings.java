package org.entente.platform;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** How long a POST retried with the same Idempotency-Key returns the first response. */
@Validated
@ConfigurationProperties("entente.idempotency")
public record IdempotencySettings(@NotNull @DefaultValue("PT24H") Duration retention) {
}
