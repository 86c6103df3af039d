package org.entente.platform.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as search compares it: lower case, without accents, so "Republique" finds "République". */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).trim();
    }

    /** A regular expression matching the normalized query anywhere, with its special characters quoted. */
    public static String containing(String query) {
        return ".*" + Pattern.quote(normalize(query)) + ".*";
    }
}
