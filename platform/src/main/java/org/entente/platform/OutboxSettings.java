package org.entente.platform;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The outbox relay: how often the sweep looks for events a crash or a broker outage left
 * behind, how many lanes relay documents in parallel (each document always in the same lane,
 * so one instance never sends it twice at once; a lane relays all that is queued to it in one
 * run), and the streams (binding names such as
 * {@code agreements}) the outbox publishes to, whose producers are made at start-up.
 */
@Validated
@ConfigurationProperties("entente.outbox")
public record OutboxSettings(
        @NotNull @DefaultValue("PT5S") Duration sweepInterval,
        @Min(1) @DefaultValue("4") int relayLanes,
        List<String> streams) {

    public OutboxSettings {
        streams = streams == null ? List.of() : List.copyOf(streams);
    }
}
