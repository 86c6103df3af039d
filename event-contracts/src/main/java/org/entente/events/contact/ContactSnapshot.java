package org.entente.events.contact;

/**
 * A contact person of an organization or an agreement as events carry it: role is one of
 * FOCAL_POINT, LEGAL, FINANCE, SIGNATORY, COMMUNICATION, OTHER; language a two-letter code.
 */
public record ContactSnapshot(String name, String function, String email, String phone, String language,
                              String role) {
}
