package org.entente.platform.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.platform.web.Languages;
import org.springframework.stereotype.Component;

/**
 * A template per kind and language: the header row and the handler's example row (the
 * memorandum between INSP and Kazakhstan's Agency for Civil Service Affairs), in either
 * {@link SpreadsheetFormat}.
 */
@Component
class ImportTemplates {

    private final Vocabulary vocabulary;

    ImportTemplates(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The template as a file of this format: the headers and the example row. */
    byte[] file(RowHandler handler, Locale language, SpreadsheetFormat format) {
        ImportKind kind = handler.kind();
        Map<String, String> example = handler.example(language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetFormat.Rows rows = format.open(out, kind.slug(), Languages.locale(language) == Locale.FRENCH)) {
            rows.write(vocabulary.headers(kind, language));
            rows.write(kind.columns().stream().map(column -> example.getOrDefault(column, "")).toList());
        }
        return out.toByteArray();
    }
}
