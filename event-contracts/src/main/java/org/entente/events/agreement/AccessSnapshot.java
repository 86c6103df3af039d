package org.entente.events.agreement;

import java.util.List;

/** Who may see a restricted agreement: user ids (token subjects) and role names. */
public record AccessSnapshot(List<String> users, List<String> roles) {
}
