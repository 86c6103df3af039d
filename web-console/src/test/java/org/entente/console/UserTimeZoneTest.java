package org.entente.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

class UserTimeZoneTest {

    final UserTimeZone resolver = new UserTimeZone(new CookieLocaleResolver("ENTENTE_CONSOLE_LANG"), ZoneId.of("Europe/Paris"));

    @Test
    void theCookiesZoneIsTheReadersAndAnUnknownOneFallsBackToTheSetting() {
        assertThat(zone(new Cookie(UserTimeZone.COOKIE, "Asia/Almaty"))).isEqualTo(ZoneId.of("Asia/Almaty"));
        assertThat(zone(new Cookie(UserTimeZone.COOKIE, "Mars/Olympus_Mons"))).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(zone(new Cookie(UserTimeZone.COOKIE, ""))).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void onlyZonesJavaKnowsAreAccepted() {
        assertThat(UserTimeZone.parse("America/Sao_Paulo")).contains(ZoneId.of("America/Sao_Paulo"));
        assertThat(UserTimeZone.parse("Europe/Atlantis")).isEmpty();
        assertThat(UserTimeZone.parse("x".repeat(65))).isEmpty();
        assertThat(UserTimeZone.parse(null)).isEmpty();
    }

    @Test
    void theLanguageStillComesFromItsOwnCookie() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(new Cookie("ENTENTE_CONSOLE_LANG", "fr"), new Cookie(UserTimeZone.COOKIE, "Asia/Almaty"));

        assertThat(resolver.resolveLocaleContext(request).getLocale()).isEqualTo(Locale.FRENCH);
    }

    @Test
    void aChosenZoneIsRememberedForAYearWhereTheScriptCanSeeIt() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        UserTimeZone.remember(response, ZoneId.of("Asia/Almaty"));

        assertThat(response.getHeader("Set-Cookie")).startsWith("ENTENTE_CONSOLE_TZ=Asia/Almaty").contains("Max-Age=31536000")
                .contains("SameSite=Lax").doesNotContain("HttpOnly");
    }

    private ZoneId zone(Cookie... cookies) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (cookies.length > 0) {
            request.setCookies(cookies);
        }
        TimeZone zone = ((TimeZoneAwareLocaleContext) resolver.resolveLocaleContext(request)).getTimeZone();
        return zone.toZoneId();
    }
}
