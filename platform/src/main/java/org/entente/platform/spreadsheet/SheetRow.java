package org.entente.platform.spreadsheet;

import java.util.List;
import java.util.Set;

/**
 * One line of a spreadsheet as read: its number as the user sees it (1 is the header), the
 * cells' text, and which cells held a formula (never evaluated: the row is refused).
 */
record SheetRow(int number, List<String> cells, Set<Integer> formulaCells) {

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : null;
    }

    boolean isBlank() {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }
}
