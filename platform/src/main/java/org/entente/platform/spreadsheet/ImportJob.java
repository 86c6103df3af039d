package org.entente.platform.spreadsheet;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.entente.platform.security.Caller;
import org.entente.platform.security.Role;

/**
 * An uploaded file and what became of it: read and planned (READY), being applied (APPLYING,
 * resumed after a restart), or APPLIED. Who imported it is kept, because the apply acts as them.
 *
 * @param kind the {@link ImportKind#name()} of what the file imports
 * @param headers the file's own header of each column it has, for messages
 * @param rowsDone rows applied so far, written every few rows while it applies
 * @param planned rows per outcome in the dry run
 * @param applied rows per outcome once applied
 */
record ImportJob(
        String id,
        String kind,
        String fileName,
        Status status,
        String importedBy,
        String importedByName,
        List<String> importedByRoles,
        Instant createdAt,
        Map<String, String> headers,
        List<String> ignoredColumns,
        int rowsTotal,
        int rowsDone,
        Map<String, Integer> planned,
        Instant appliedAt,
        Map<String, Integer> applied) {

    enum Status {
        READY, APPLYING, APPLIED
    }

    Caller importer() {
        return new Caller(importedBy, importedByName, Role.allNamed(importedByRoles));
    }
}
