package org.entente.platform.spreadsheet;

/** Plans one kind's rows: reads the cells into a request, checks it as the API would, matches what exists. */
public interface RowHandler {

    ImportKind kind();

    /** The columns without which no row of this kind can be read: a file lacking one is refused whole. */
    java.util.List<String> requiredColumns();

    RowPlan plan(RowValues row);

    /** The template's example row in this language, by column (a column left out is blank). */
    java.util.Map<String, String> example(java.util.Locale language);
}
