package org.entente.platform.web;

import java.util.Locale;

/**
 * The two languages Entente writes, French and English: which one a reader gets. Everything
 * that picks a bundle, a template or a spreadsheet's words asks here, so a third language is
 * added in one place.
 */
public final class Languages {

    private Languages() {
    }

    /** French when asked for, English otherwise (English is the base bundle). */
    public static Locale locale(Locale wanted) {
        return wanted != null && "fr".equals(wanted.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }

    /** The same, from a language code such as a subscriber's {@code fr}. */
    public static Locale locale(String code) {
        return "fr".equals(code) ? Locale.FRENCH : Locale.ENGLISH;
    }

    /** The code ({@code fr} or {@code en}) of the language a reader of {@code wanted} gets. */
    public static String code(Locale wanted) {
        return locale(wanted).getLanguage();
    }

    /**
     * A request's {@code lang} parameter wins over its {@code Accept-Language}; a {@code lang}
     * other than {@code fr} or {@code en} is a 400 naming it.
     */
    public static String requested(String lang, Locale requestLocale) {
        if (lang == null) {
            return code(requestLocale);
        }
        if (!lang.equals("fr") && !lang.equals("en")) {
            throw ProblemException.badRequest("lang", "must be fr or en");
        }
        return lang;
    }
}
