package org.entente.platform.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Plans one kind's rows: reads the cells into a request, checks it as the API would, matches what exists. */
public interface RowHandler {

    ImportKind kind();

    /** The columns without which no row of this kind can be read: a file lacking one is refused whole. */
    List<String> requiredColumns();

    /**
     * Plans rows, in file order, one plan per row, so that what a batch's rows name can be
     * looked up together. The dry run hands over batches; so does the apply, just before their
     * writes, when {@link #rowsStandAlone()}, and otherwise one row at a time.
     */
    List<RowPlan> plan(List<RowValues> rows, ImportPass pass);

    /**
     * Writes the plans of one batch and answers, for each in order, what its write threw, or
     * nothing where it applied. One write after another, unless the kind stores the batch's new
     * rows together (a refusal then still belongs to its row alone).
     */
    default List<Optional<RuntimeException>> write(List<RowPlan> plans) {
        List<Optional<RuntimeException>> refusals = new ArrayList<>(plans.size());
        for (RowPlan plan : plans) {
            refusals.add(plan.attempt());
        }
        return refusals;
    }

    /**
     * Whether no row's plan depends on what an earlier row of the same file writes: the dry run
     * refuses a second row with the same key, so rows matched by their key alone stand alone. A
     * kind whose rows can match what another row wrote some other way (an organization matched
     * by acronym or by name) answers false, and each of its rows is planned after the writes of
     * the rows before it.
     */
    default boolean rowsStandAlone() {
        return true;
    }

    /** The template's example row in this language, by column (a column left out is blank). */
    Map<String, String> example(Locale language);
}
