package org.entente.notify;

import java.util.List;
import java.util.stream.Collectors;

/** Agreement snapshots with the parties, countries and themes a test needs to match on. */
public final class AgreementEvents {

    private AgreementEvents() {
    }

    public static String snapshot(String agreementId, long version, String code, List<String> organizationIds,
                                  List<String> countries, List<String> themes, String confidentiality) {
        String parties = java.util.stream.IntStream.range(0, organizationIds.size()).mapToObj(i -> """
                {"organizationId": "%s", "name": "Party %d", "country": "%s", "role": "SIGNATORY",
                 "signatoryName": null, "signatoryTitle": null}""".formatted(organizationIds.get(i), i, countries.get(i)))
                .collect(Collectors.joining(", "));
        return """
                {"agreementId": "%s", "version": %d, "code": "%s", "kind": "MOU",
                 "title": {"en": "Memorandum %s", "fr": "Mémorandum %s"},
                 "themes": [%s], "status": "DRAFT", "parties": [%s],
                 "signedOn": null, "signedAt": null, "effectiveFrom": null, "expiresOn": "2030-11-14",
                 "confidentiality": "%s", "access": null, "responsibleName": null, "responsibleEmail": null,
                 "noticeDeadline": null}"""
                .formatted(agreementId, version, code, code, code,
                        themes.stream().map(theme -> "\"" + theme + "\"").collect(Collectors.joining(", ")),
                        parties, confidentiality);
    }

    /** The snapshot of a restricted agreement with this access list. */
    public static String restricted(String snapshot, List<String> users, List<String> roles) {
        return snapshot.replace("\"confidentiality\": \"PUBLIC\", \"access\": null",
                "\"confidentiality\": \"RESTRICTED\", \"access\": {\"users\": [" + quoted(users) + "], \"roles\": ["
                        + quoted(roles) + "]}");
    }

    private static String quoted(List<String> values) {
        return values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(", "));
    }

    public static String created(String snapshot) {
        return "{\"agreement\": " + snapshot + "}";
    }

    public static String statusChanged(String snapshot, String from, String to) {
        return "{\"agreement\": " + snapshot + ", \"from\": \"" + from + "\", \"to\": \"" + to
                + "\", \"on\": \"2025-11-14\", \"reason\": null}";
    }
}
