package org.entente.notify.email;

import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

/**
 * The e-mail's words in French and English, and its two parts (plain text and HTML) from
 * the same items. Plain Java text blocks: the messages are short and need no engine.
 */
final class EmailTemplates {

    /** One line of a message: what happened, about which agreement, where to read more. */
    record Item(String summary, String agreement, String link, String when) {
    }

    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "en", Map.of(
                    "greeting", "Hello %s,",
                    "intro.one", "Here is news of a partnership you follow:",
                    "intro.digest", "Here is what happened to the partnerships you follow:",
                    "digest.daily", "Your daily digest",
                    "digest.weekly", "Your weekly digest",
                    "updates", "%d updates",
                    "read", "Read more",
                    "why", "You receive this because you subscribed to Entente updates.",
                    "unsubscribe", "Unsubscribe"),
            "fr", Map.of(
                    "greeting", "Bonjour %s,",
                    "intro.one", "Voici une nouvelle d'un partenariat que vous suivez :",
                    "intro.digest", "Voici ce qui s'est passé dans les partenariats que vous suivez :",
                    "digest.daily", "Votre résumé du jour",
                    "digest.weekly", "Votre résumé de la semaine",
                    "updates", "%d nouveautés",
                    "read", "En savoir plus",
                    "why", "Vous recevez ce message car vous êtes abonné(e) aux nouvelles d'Entente.",
                    "unsubscribe", "Se désabonner"));

    private EmailTemplates() {
    }

    static String word(String language, String key) {
        return WORDS.getOrDefault(language, WORDS.get("en")).get(key);
    }

    static String text(String language, String name, boolean digest, List<Item> items, String unsubscribeUrl) {
        StringBuilder body = new StringBuilder();
        body.append(word(language, "greeting").formatted(name)).append("\n\n")
                .append(word(language, digest ? "intro.digest" : "intro.one")).append("\n\n");
        for (Item item : items) {
            body.append("* ").append(item.summary()).append('\n');
            if (item.agreement() != null) {
                body.append("  ").append(item.agreement()).append('\n');
            }
            body.append("  ").append(item.when()).append(" - ").append(word(language, "read")).append(": ")
                    .append(item.link()).append("\n\n");
        }
        return body.append("--\n").append(word(language, "why")).append('\n')
                .append(word(language, "unsubscribe")).append(": ").append(unsubscribeUrl).append('\n').toString();
    }

    static String html(String language, String name, boolean digest, List<Item> items, String unsubscribeUrl) {
        StringBuilder list = new StringBuilder();
        for (Item item : items) {
            list.append("""
                    <li style="margin-bottom:12px">
                      <strong>%s</strong>%s<br>
                      <span style="color:#666">%s</span> &middot; <a href="%s">%s</a>
                    </li>
                    """.formatted(escape(item.summary()),
                    item.agreement() == null ? "" : "<br>" + escape(item.agreement()),
                    escape(item.when()), escape(item.link()), escape(word(language, "read"))));
        }
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="utf-8"><title>Entente</title></head>
                <body style="font-family:sans-serif;line-height:1.4">
                  <p>%s</p>
                  <p>%s</p>
                  <ul>
                %s  </ul>
                  <hr>
                  <p style="font-size:small;color:#666">%s <a href="%s">%s</a></p>
                </body>
                </html>
                """.formatted(language, escape(word(language, "greeting").formatted(name)),
                escape(word(language, digest ? "intro.digest" : "intro.one")), list,
                escape(word(language, "why")), escape(unsubscribeUrl), escape(word(language, "unsubscribe")));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
