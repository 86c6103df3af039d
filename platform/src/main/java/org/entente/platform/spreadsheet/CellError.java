package org.entente.platform.spreadsheet;

/**
 * Why a row cannot be applied: the column as the file names it (null when the rule spans the
 * row), the value found, and the rule it broke, in the words the API uses for field errors.
 */
public record CellError(String column, String value, String rule) {
}
