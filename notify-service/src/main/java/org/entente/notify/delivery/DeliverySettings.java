package org.entente.notify.delivery;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How deliveries are sent: a delivery that fails is retried after an exponential backoff
 * with jitter, from {@code backoff.initial} up to {@code backoff.max}, until
 * {@code max-attempts}, then it is dead. A worker leases the deliveries it takes for
 * {@code lease} (another instance takes them over after that), {@code batch-size} at a time,
 * on {@code concurrency} threads. After a look that found nothing due, the dispatcher looks
 * again when it creates or revives deliveries or a retry it scheduled falls due, and at the
 * latest after {@code idle-poll-interval} (for what other instances left).
 */
@Validated
@ConfigurationProperties("entente.delivery")
public record DeliverySettings(
        @Min(1) @DefaultValue("8") int maxAttempts,
        @Valid @NotNull @DefaultValue Backoff backoff,
        @NotNull @DefaultValue("PT2M") Duration lease,
        @Min(1) @DefaultValue("50") int batchSize,
        @Min(1) @DefaultValue("4") int concurrency,
        @NotNull @DefaultValue("PT10S") Duration idlePollInterval) {

    public record Backoff(@NotNull @DefaultValue("PT10S") Duration initial, @NotNull @DefaultValue("PT1H") Duration max) {
    }
}
