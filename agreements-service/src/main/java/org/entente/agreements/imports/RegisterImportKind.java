package org.entente.agreements.imports;

import java.util.List;

import org.entente.platform.spreadsheet.ImportKind;

/**
 * What a file imports into the register, and its columns in the order the templates show them.
 * A column's headers in each language are in the {@code imports/columns} bundle.
 */
public enum RegisterImportKind implements ImportKind {
    ORGANIZATIONS(List.of("name", "acronym", "country", "type", "website")),
    AGREEMENTS(List.of("code", "kind", "title_en", "title_fr", "summary", "themes",
            "party1_organization", "party1_role", "party1_signatory", "party1_signatory_title",
            "party2_organization", "party2_role", "party2_signatory", "party2_signatory_title",
            "party3_organization", "party3_role", "party3_signatory", "party3_signatory_title",
            "signed_on", "signed_at", "effective_from", "expires_on", "renewal_notice_days", "confidentiality",
            "responsible_name", "responsible_email", "focal_points")),
    DELEGATIONS(List.of("agreement", "direction", "host_organization", "visiting_organization", "leader_name",
            "leader_title", "start_date", "end_date", "city", "country", "purpose", "outcomes"));

    /** How many parties an agreement row holds (party1_… to party3_…). */
    public static final int PARTY_COLUMNS = 3;

    private final List<String> columns;

    RegisterImportKind(List<String> columns) {
        this.columns = columns;
    }

    @Override
    public List<String> columns() {
        return columns;
    }
}
