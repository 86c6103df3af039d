package org.entente.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class RememberingJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    /** The issuer's decoder as the services have it, counting what it is asked: tokens expire at their number of minutes from now. */
    private final List<String> checked = new ArrayList<>();
    private final JwtDecoder issuer = token -> {
        checked.add(token);
        if (token.startsWith("forged")) {
            throw new BadJwtException("An error occurred while attempting to decode the Jwt: Signed JWT rejected");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("claire")
                .issuedAt(NOW.minusSeconds(60)).expiresAt(NOW.plus(Duration.ofMinutes(Long.parseLong(token)))).build();
    };
    private final MovableClock clock = new MovableClock(NOW);
    private final RememberingJwtDecoder decoder = new RememberingJwtDecoder(issuer, clock);

    @Test
    void aTokenAcceptedOnceIsNotCheckedAgainBeforeItExpires() {
        Jwt first = decoder.decode("30");
        clock.now = NOW.plus(Duration.ofMinutes(2));
        Jwt again = decoder.decode("30");

        assertThat(again).isSameAs(first);
        assertThat(checked).containsExactly("30");
    }

    @Test
    void aTokenPastItsExpiryGoesBackToTheIssuersDecoder() {
        decoder.decode("3");
        clock.now = NOW.plus(Duration.ofMinutes(3));

        decoder.decode("3");

        assertThat(checked).containsExactly("3", "3");
    }

    @Test
    void aRefusedTokenIsRefusedEachTime() {
        assertThatThrownBy(() -> decoder.decode("forged-1")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged-1")).isInstanceOf(BadJwtException.class);

        assertThat(checked).containsExactly("forged-1", "forged-1");
    }

    @Test
    void eachTokenIsRememberedByItsOwnText() {
        decoder.decode("30");
        decoder.decode("31");
        decoder.decode("30");

        assertThat(checked).containsExactly("30", "31");
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
