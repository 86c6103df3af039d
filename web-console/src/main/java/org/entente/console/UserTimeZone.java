package org.entente.console;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.http.ResponseCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The reader's language from the language cookie, and their time zone from a cookie of its own:
 * the one chosen on the time-zone page, or the browser's, which {@code console.js} writes once when
 * there is none; a cookie naming no zone Java knows is ignored, and the setting
 * {@code entente.console.time-zone} applies.
 */
final class UserTimeZone implements LocaleContextResolver {

    static final String COOKIE = "ENTENTE_CONSOLE_TZ";
    private static final Duration KEPT = Duration.ofDays(365);

    private final LocaleResolver languages;
    private final ZoneId fallback;

    UserTimeZone(LocaleResolver languages, ZoneId fallback) {
        this.languages = languages;
        this.fallback = fallback;
    }

    /** The zone this id names, if Java knows it (region ids such as Asia/Almaty, or offsets such as UTC+05:00). */
    static Optional<ZoneId> parse(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.trim()));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    /** Remembers the zone for a year, readable by the page's script, which only looks whether it is set. */
    static void remember(HttpServletResponse response, ZoneId zone) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, zone.getId()).path("/")
                .maxAge(KEPT).sameSite("Lax").build().toString());
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        // Lazy, as the language may change during the request (the ?lang= switch).
        return new TimeZoneAwareLocaleContext() {
            @Override
            public Locale getLocale() {
                return languages.resolveLocale(request);
            }

            @Override
            public TimeZone getTimeZone() {
                return TimeZone.getTimeZone(chosen(request).orElse(fallback));
            }
        };
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext localeContext) {
        languages.setLocale(request, response, localeContext == null ? null : localeContext.getLocale());
    }

    private static Optional<ZoneId> chosen(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return parse(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
