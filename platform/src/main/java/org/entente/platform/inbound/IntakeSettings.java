package org.entente.platform.inbound;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a batch consumer retries an event whose processing failed, alone, before it goes to the
 * dead-letter topic: the attempts, and the pause after the first failed one, doubling up to
 * the longest pause. (The binder's own retry does not apply in batch mode.)
 */
@Validated
@ConfigurationProperties("entente.intake")
public record IntakeSettings(
        @Min(1) @DefaultValue("3") int maxAttempts,
        @NotNull @DefaultValue("200ms") Duration backOffInitial,
        @NotNull @DefaultValue("2s") Duration backOffMax) {
}
