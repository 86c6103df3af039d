package org.entente.actions.deadline;

import java.time.ZoneId;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.entente.platform.domain.NoticeThresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The daily deadline job ({@code entente.deadlines.*}): when it runs, in which time zone
 * "today" is, and how many days ahead of its due date an open item is announced.
 */
@ConfigurationProperties("entente.deadlines")
@Validated
public record DeadlineSettings(
        @DefaultValue("0 0 6 * * *") @NotNull String cron,
        @DefaultValue("UTC") @NotNull ZoneId zone,
        @DefaultValue({"7", "1"}) @NotEmpty List<@NotNull Integer> dueSoonDays) {

    /** The bean's name, for the job's schedule: {@code @Scheduled} reads it by SpEL. */
    static final String BEAN = "entente.deadlines-org.entente.actions.deadline.DeadlineSettings";

    public DeadlineSettings {
        new NoticeThresholds(dueSoonDays); // refuses, at startup, a threshold below one day
    }

    public NoticeThresholds dueSoon() {
        return new NoticeThresholds(dueSoonDays);
    }
}
