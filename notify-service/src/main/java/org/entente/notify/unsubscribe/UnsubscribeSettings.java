package org.entente.notify.unsubscribe;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where an e-mail's unsubscribe link takes a reader: the web console's page, which says what
 * stopped and offers to undo it, when {@code console-url} is set (run.sh and the local stack set
 * it); otherwise this service's own endpoint. The {@code List-Unsubscribe} header keeps pointing
 * at the endpoint, which mail clients POST to for one click (RFC 8058).
 */
@Validated
@ConfigurationProperties("entente.unsubscribe")
public record UnsubscribeSettings(@NotNull @DefaultValue("") String consoleUrl) {

    /** The link a reader follows from an e-mail's text. */
    public String readerLink(String token, String notifyServiceUrl) {
        return consoleUrl.isBlank() ? notifyServiceUrl + "/api/unsubscribe/" + token
                : consoleUrl.replaceAll("/+$", "") + "/unsubscribe/" + token;
    }
}
