package org.entente.notify.unsubscribe;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.entente.notify.subscription.Channel;
import org.entente.notify.subscription.Rhythm;
import org.entente.notify.subscription.Subscription;
import org.entente.notify.subscription.Subscriptions;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.outbox.StaleVersionException;
import org.entente.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Unsubscribing with the token of an e-mail's link, no login: GET says what would stop, POST
 * stops it (and is what mail clients send for one-click, RFC 8058), POST .../undo starts it again. The token alone grants
 * this, so it is long and random; answers show no e-mail address.
 */
@RestController
@RequestMapping("/api/unsubscribe/{token}")
@Tag(name = "Unsubscribe")
class UnsubscribeController {

    /** What the subscription sends, and whether it still does. */
    record UnsubscribeView(String subscriptionId, String subscriberName, String language, Subscription.Follow follow,
                           List<Channel> channels, Rhythm rhythm, boolean active, Instant unsubscribedAt) {

        static UnsubscribeView of(Subscription subscription) {
            return new UnsubscribeView(subscription.id(), subscription.subscriber().name(),
                    subscription.subscriber().language(), subscription.follow(),
                    subscription.channels(), subscription.rhythm(), subscription.active(), subscription.unsubscribedAt());
        }
    }

    private static final int ATTEMPTS = 3;

    private final Subscriptions subscriptions;
    private final AggregateStore<Subscription> store;
    private final Clock clock;

    UnsubscribeController(Subscriptions subscriptions, AggregateStore<Subscription> store, Clock clock) {
        this.subscriptions = subscriptions;
        this.store = store;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "What unsubscribing would stop")
    UnsubscribeView show(@PathVariable String token) {
        return UnsubscribeView.of(find(token));
    }

    @PostMapping
    @Operation(summary = "Unsubscribe (one click)", description = "Any body (List-Unsubscribe=One-Click) or none. "
            + "Doing it twice changes nothing more.")
    UnsubscribeView unsubscribe(@PathVariable String token) {
        return change(token, false);
    }

    @PostMapping("/undo")
    @Operation(summary = "Undo an unsubscribe: the subscription sends again",
            description = "Doing it twice, or on a subscription still active, changes nothing more.")
    UnsubscribeView resubscribe(@PathVariable String token) {
        return change(token, true);
    }

    /** Sets whether the subscription sends, retrying when it changed meanwhile. */
    private UnsubscribeView change(String token, boolean active) {
        for (int attempt = 1; ; attempt++) {
            Subscription current = find(token);
            if (current.active() == active) {
                return UnsubscribeView.of(current);
            }
            Subscription changed = active ? current.resubscribe(clock.instant()) : current.unsubscribe(clock.instant());
            try {
                return UnsubscribeView.of(store.update(current.id(), current.version(), changed, List.of()));
            } catch (StaleVersionException e) {
                if (attempt == ATTEMPTS) {
                    throw new ProblemException(HttpStatus.CONFLICT, "Conflict", "The subscription is being changed; try again.");
                }
            }
        }
    }

    private Subscription find(String token) {
        return subscriptions.findByToken(token).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND,
                "Unknown unsubscribe link", "This unsubscribe link is not valid; it may belong to a deleted subscription."));
    }
}
