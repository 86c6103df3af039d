package org.entente.agreements.agreement;

import java.time.ZoneId;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The daily expiry job ({@code entente.expiry.*}): when it runs, and in which time zone "today" is. */
@ConfigurationProperties("entente.expiry")
@Validated
record ExpirySettings(
        @DefaultValue("0 0 1 * * *") @NotNull String cron,
        @DefaultValue("UTC") @NotNull ZoneId zone) {

    /** The bean's name, for the job's schedule: {@code @Scheduled} reads it by SpEL. */
    static final String BEAN = "entente.expiry-org.entente.agreements.agreement.ExpirySettings";
}
