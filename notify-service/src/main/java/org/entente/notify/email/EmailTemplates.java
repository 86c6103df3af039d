package org.entente.notify.email;

import org.entente.platform.web.Languages;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The e-mail's two parts, plain text and HTML, from the same items: Thymeleaf templates
 * ({@code templates/email/message.txt} in text mode, {@code message.html} in HTML mode,
 * which escapes what events carry), their words from the message bundles.
 */
@Component
class EmailTemplates {

    /** One line of a message: what happened, about which agreement, where to read more. */
    record Item(String summary, String agreement, String link, String when) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;

    EmailTemplates(MessageSource messages) {
        this.messages = messages;
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT));
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML));
    }

    String text(String language, String name, boolean digest, List<Item> items, String unsubscribeUrl) {
        return engine.process("message.txt", context(language, name, digest, items, unsubscribeUrl));
    }

    String html(String language, String name, boolean digest, List<Item> items, String unsubscribeUrl) {
        return engine.process("message.html", context(language, name, digest, items, unsubscribeUrl));
    }

    /** A word of the bundles in the subscriber's language (subjects are built in code). */
    String word(String language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, Languages.locale(language));
    }

    private static Context context(String language, String name, boolean digest, List<Item> items,
                                   String unsubscribeUrl) {
        return new Context(Languages.locale(language), Map.of("language", language, "name", name == null ? "" : name,
                "digest", digest, "items", items, "unsubscribeUrl", unsubscribeUrl));
    }


    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/email/");
        resolver.setResolvablePatterns(java.util.Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        return resolver;
    }
}
