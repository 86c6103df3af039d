package org.entente.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Remembers the tokens the issuer's decoder has accepted, until each expires. Every request of
 * a session carries the same token, and checking its RS256 signature again on each one was the
 * largest CPU cost per request in the benchmark's profile of agreements-service. A token is
 * remembered by its exact text, so nothing but the token itself is ever taken as it.
 */
final class RememberingJwtDecoder implements JwtDecoder {

    /** Distinct tokens held at most: one per signed-in session, in practice a few hundred. */
    static final int TOKENS_KEPT = 1_000;
    /** A token is checked again at least this often, whatever its expiry. */
    static final Duration LONGEST_KEPT = Duration.ofMinutes(5);

    private final JwtDecoder issuerDecoder;
    private final Clock clock;
    private final Cache<String, Jwt> accepted;

    RememberingJwtDecoder(JwtDecoder issuerDecoder, Clock clock) {
        this.issuerDecoder = issuerDecoder;
        this.clock = clock;
        this.accepted = Caffeine.newBuilder().maximumSize(TOKENS_KEPT).expireAfterWrite(LONGEST_KEPT).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = accepted.getIfPresent(token);
        if (known != null && unexpired(known)) {
            return known;
        }
        Jwt decoded = issuerDecoder.decode(token); // a refusal throws: nothing refused is remembered
        if (unexpired(decoded)) {
            accepted.put(token, decoded);
        }
        return decoded;
    }

    /** Before its expiry; past it the issuer's decoder decides again (it allows for clock skew, then refuses). */
    private boolean unexpired(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt != null && clock.instant().isBefore(expiresAt);
    }
}
