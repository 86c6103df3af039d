package org.entente.platform.spreadsheet;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plans one kind's rows: reads the cells into a request, checks it as the API would, matches what exists. */
public interface RowHandler {

    ImportKind kind();

    /** The columns without which no row of this kind can be read: a file lacking one is refused whole. */
    List<String> requiredColumns();

    /**
     * Plans rows, in file order, one plan per row. The dry run hands over a batch, so that what
     * its rows name can be looked up together; the apply hands over one row just before its
     * write, so that each row is planned against what the rows before it wrote.
     */
    List<RowPlan> plan(List<RowValues> rows, ImportPass pass);

    /** The template's example row in this language, by column (a column left out is blank). */
    Map<String, String> example(Locale language);
}
