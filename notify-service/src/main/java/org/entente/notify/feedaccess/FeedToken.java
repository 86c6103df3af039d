package org.entente.notify.feedaccess;

import java.time.Instant;
import java.util.Set;

import org.entente.platform.security.Caller;
import org.entente.platform.security.Role;

/**
 * A user's secret for reading feeds from an application that cannot send a bearer token (a
 * calendar, a feed reader). One per user: issuing another replaces it, so the old one stops.
 * It keeps who the user was when they took it (name and roles), which is what it reads as.
 * Its {@code id} is the user's subject, so a user has one token at most.
 */
record FeedToken(String id, String token, String name, Set<Role> roles, Instant issuedAt) {

    static final String COLLECTION = "feed_tokens";

    Caller reader() {
        return new Caller(id, name, roles);
    }
}
