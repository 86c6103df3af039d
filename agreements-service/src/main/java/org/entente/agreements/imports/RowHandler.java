package org.entente.agreements.imports;

/** Plans one kind's rows: reads the cells into a request, checks it as the API would, matches what exists. */
interface RowHandler {

    ImportKind kind();

    /** The columns without which no row of this kind can be read: a file lacking one is refused whole. */
    java.util.List<String> requiredColumns();

    RowPlan plan(RowValues row);
}
