package org.entente.platform.spreadsheet;

/** What a row does, or did once applied. */
public enum RowOutcome {
    CREATE, UPDATE, UNCHANGED, ERROR
}
