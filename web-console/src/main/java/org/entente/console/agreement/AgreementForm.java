package org.entente.console.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.entente.console.form.FormPost;

/**
 * The agreement form as flat fields named by the service's JSON paths ({@code title.fr},
 * {@code parties[1].role}), so a field error the service names lands on its input; and the
 * request body those fields make.
 */
final class AgreementForm {

    static final int PARTY_ROWS = 4;
    static final List<String> ROLES = List.of("SIGNATORY", "PARTNER", "FUNDER", "IMPLEMENTER", "OBSERVER");
    static final List<String> CONFIDENTIALITIES = List.of("PUBLIC", "INTERNAL", "RESTRICTED");

    /** Every field the form shows, in order: what a stale edit compares. */
    static final List<String> FIELDS;

    static {
        List<String> fields = new ArrayList<>(List.of("code", "kind", "title.fr", "title.en", "summary", "themes",
                "effectiveFrom", "expiresOn", "renewalNoticeDays", "confidentiality", "responsible.name", "responsible.email"));
        for (int row = 0; row < PARTY_ROWS; row++) {
            for (String part : List.of("organizationId", "role", "signatory.name", "signatory.title")) {
                fields.add(party(row, part));
            }
        }
        FIELDS = List.copyOf(fields);
    }

    private AgreementForm() {
    }

    static String party(int row, String part) {
        return "parties[" + row + "]." + part;
    }

    /** The fields of an agreement as it stands. */
    static Map<String, String> of(Agreement agreement) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", agreement.code());
        form.put("kind", agreement.kind());
        form.put("title.fr", agreement.title() == null ? null : agreement.title().get("fr"));
        form.put("title.en", agreement.title() == null ? null : agreement.title().get("en"));
        form.put("summary", agreement.summary());
        form.put("themes", agreement.themes() == null ? null : String.join(", ", agreement.themes()));
        form.put("effectiveFrom", Objects.toString(agreement.effectiveFrom(), null));
        form.put("expiresOn", Objects.toString(agreement.expiresOn(), null));
        form.put("renewalNoticeDays", Objects.toString(agreement.renewalNoticeDays(), null));
        form.put("confidentiality", agreement.confidentiality());
        form.put("responsible.name", agreement.responsible() == null ? null : agreement.responsible().name());
        form.put("responsible.email", agreement.responsible() == null ? null : agreement.responsible().email());
        List<Agreement.Party> parties = agreement.parties() == null ? List.of() : agreement.parties();
        for (int row = 0; row < parties.size() && row < PARTY_ROWS; row++) {
            Agreement.Party party = parties.get(row);
            form.put(party(row, "organizationId"), party.organizationId());
            form.put(party(row, "role"), party.role());
            form.put(party(row, "signatory.name"), party.signatory() == null ? null : party.signatory().name());
            form.put(party(row, "signatory.title"), party.signatory() == null ? null : party.signatory().title());
        }
        return form;
    }

    /** The body of POST or PUT /api/agreements. Party rows after the last one filled are left out. */
    static Map<String, Object> body(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", value(form, "code"));
        body.put("kind", value(form, "kind"));
        Map<String, String> title = new LinkedHashMap<>();
        for (String language : List.of("fr", "en")) {
            String text = value(form, "title." + language);
            if (text != null) {
                title.put(language, text);
            }
        }
        body.put("title", title);
        body.put("summary", value(form, "summary"));
        String themes = value(form, "themes");
        body.put("themes", themes == null ? List.of() : Arrays.stream(themes.split(","))
                .map(String::trim).filter(theme -> !theme.isEmpty()).toList());
        body.put("effectiveFrom", value(form, "effectiveFrom"));
        body.put("expiresOn", value(form, "expiresOn"));
        body.put("renewalNoticeDays", value(form, "renewalNoticeDays"));
        body.put("confidentiality", value(form, "confidentiality"));
        String responsible = value(form, "responsible.name");
        String email = value(form, "responsible.email");
        if (responsible != null || email != null) {
            Map<String, String> staff = new LinkedHashMap<>();
            staff.put("name", responsible);
            staff.put("email", email);
            body.put("responsible", staff);
        }
        int last = -1;
        for (int row = 0; row < PARTY_ROWS; row++) {
            if (value(form, party(row, "organizationId")) != null) {
                last = row;
            }
        }
        List<Map<String, Object>> parties = new ArrayList<>();
        for (int row = 0; row <= last; row++) {
            Map<String, Object> party = new LinkedHashMap<>();
            party.put("organizationId", value(form, party(row, "organizationId")));
            party.put("role", value(form, party(row, "role")));
            String signatory = value(form, party(row, "signatory.name"));
            String signatoryTitle = value(form, party(row, "signatory.title"));
            if (signatory != null || signatoryTitle != null) {
                Map<String, String> person = new LinkedHashMap<>();
                person.put("name", signatory);
                person.put("title", signatoryTitle);
                party.put("signatory", person);
            }
            parties.add(party);
        }
        body.put("parties", parties);
        return body;
    }

    /** The fields someone else changed between the version the user started from and the current one. */
    static List<String> changedMeanwhile(Map<String, String> base, Map<String, String> current) {
        return FIELDS.stream()
                .filter(field -> !Objects.equals(FormPost.blankToNull(base.get(field)), FormPost.blankToNull(current.get(field))))
                .toList();
    }

    private static String value(Map<String, String> form, String field) {
        return FormPost.blankToNull(form.get(field));
    }
}
