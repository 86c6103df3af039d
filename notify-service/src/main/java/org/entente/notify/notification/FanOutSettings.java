package org.entente.notify.notification;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** How many notifications one bulk insert writes when an event matches many subscriptions. */
@Validated
@ConfigurationProperties("entente.fan-out")
public record FanOutSettings(@Min(1) @DefaultValue("500") int batchSize) {
}
