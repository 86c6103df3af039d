package org.entente.agreements.imports;

/** What a row does, or did once applied. */
public enum RowOutcome {
    CREATE, UPDATE, UNCHANGED, ERROR
}
