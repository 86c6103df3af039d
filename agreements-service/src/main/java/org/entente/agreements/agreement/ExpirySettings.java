package org.entente.agreements.agreement;

import java.time.ZoneId;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.entente.platform.domain.NoticeThresholds;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The daily expiry job ({@code entente.expiry.*}): when it runs, in which time zone "today" is,
 * and how many days before a renewal notice deadline it reminds (an agreement may set its own).
 */
@ConfigurationProperties("entente.expiry")
@Validated
record ExpirySettings(
        @DefaultValue("0 0 1 * * *") @NotNull String cron,
        @DefaultValue("UTC") @NotNull ZoneId zone,
        @DefaultValue({"30", "7", "0"}) @NotEmpty List<Integer> noticeReminderDays) {

    ExpirySettings {
        new NoticeThresholds(noticeReminderDays); // refuses a negative day at start-up, not at 1 a.m.
    }

    NoticeThresholds noticeReminders() {
        return new NoticeThresholds(noticeReminderDays);
    }


    /** The bean's name, for the job's schedule: {@code @Scheduled} reads it by SpEL. */
    static final String BEAN = "entente.expiry-org.entente.agreements.agreement.ExpirySettings";
}
