package org.entente.actions.demo;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.validation.annotation.Validated;

/** The demo loader ({@code entente.demo.*}): how long it waits for agreements-service's demo agreements. */
@ConfigurationProperties("entente.demo")
@Validated
record DemoSettings(
        /* Bound from "wait", which a record component cannot be called (Object.wait). */
        @Name("wait") @DefaultValue("PT60S") @NotNull Duration agreementsWait) {
}
