package org.entente.console;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the services are and how the console behaves.
 *
 * @param agreementsUrl   agreements-service
 * @param actionsUrl      actions-service
 * @param notifyUrl       notify-service
 * @param timeZone        the zone dates are shown in until the user picks one
 * @param timelinePoll    how often an agreement's page asks for new timeline entries
 * @param serviceTimeout  how long a page waits for a service before saying it is unavailable
 * @param demoUsersShown  whether the sign-in page lists the demo users (a local run only)
 */
@ConfigurationProperties("entente.console")
public record ConsoleProperties(
        @DefaultValue("http://127.0.0.1:8081") URI agreementsUrl,
        @DefaultValue("http://127.0.0.1:8082") URI actionsUrl,
        @DefaultValue("http://127.0.0.1:8083") URI notifyUrl,
        @DefaultValue("Europe/Paris") ZoneId timeZone,
        @DefaultValue("3s") Duration timelinePoll,
        @DefaultValue("5s") Duration serviceTimeout,
        @DefaultValue("false") boolean demoUsersShown) {
}
