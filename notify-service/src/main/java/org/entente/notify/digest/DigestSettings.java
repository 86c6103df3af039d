package org.entente.notify.digest;

import java.time.DayOfWeek;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** When digests go out: the hour, in each subscriber's time zone, and for weekly ones the day. */
@Validated
@ConfigurationProperties("entente.digest")
public record DigestSettings(
        @Min(0) @Max(23) @DefaultValue("8") int hour,
        @NotNull @DefaultValue("MONDAY") DayOfWeek weeklyDay) {
}
