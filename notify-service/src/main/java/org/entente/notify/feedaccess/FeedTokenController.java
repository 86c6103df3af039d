package org.entente.notify.feedaccess;

import java.time.Instant;

import org.entente.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Where a user takes their feed token and the links to subscribe to from a calendar or feed reader. */
@RestController
@RequestMapping("/api/feed-token")
@Tag(name = "Feeds")
class FeedTokenController {

    private final FeedTokens tokens;

    FeedTokenController(FeedTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * The token, the two feed links with {@code {agreementId}} to fill in, and the user's own
     * calendar. The token reads those feeds, and nothing else, as the user who took it.
     */
    record FeedTokenView(String token, String calendarUrl, String atomUrl, String personalCalendarUrl, Instant issuedAt) {
    }

    @GetMapping
    @Operation(summary = "Your feed token, issued on first ask: add ?feedToken=<token> to an agreement's calendar.ics "
            + "or feed.atom to read it without a bearer token")
    FeedTokenView current() {
        return view(tokens.current(Caller.current()));
    }

    @PostMapping
    @Operation(summary = "A new feed token; the previous one stops working at once")
    FeedTokenView renew() {
        return view(tokens.renew(Caller.current()));
    }

    private static FeedTokenView view(FeedToken token) {
        String service = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        String query = "?" + FeedTokenSecurity.PARAMETER + "=" + token.token();
        return new FeedTokenView(token.token(), service + "/api/agreements/{agreementId}/calendar.ics" + query,
                service + "/api/agreements/{agreementId}/feed.atom" + query,
                service + FeedTokenSecurity.PERSONAL_CALENDAR + query, token.issuedAt());
    }
}
