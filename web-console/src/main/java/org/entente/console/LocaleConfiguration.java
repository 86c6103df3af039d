package org.entente.console;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * French or English, from the browser's Accept-Language until the user chooses with the
 * switch on every page ({@code ?lang=fr}); the choice is remembered in a cookie for a year.
 * The time zone has its own cookie ({@link UserTimeZone}).
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    private final ConsoleProperties properties;

    LocaleConfiguration(ConsoleProperties properties) {
        this.properties = properties;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("ENTENTE_CONSOLE_LANG");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocale(null);
        resolver.setDefaultLocaleFunction(request -> {
            Locale asked = request.getLocale();
            return ConsoleLanguage.of(asked == null ? null : asked.getLanguage());
        });
        return new UserTimeZone(resolver, properties.timeZone());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
