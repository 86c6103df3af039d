package org.entente.agreements.agreement.review;

import java.util.Set;

import org.entente.platform.domain.Refusal;
import org.entente.platform.security.Role;

/**
 * One step a chain asks for: its name ("legal", "director") and who approves it, a named user
 * (token subject) or anyone holding a role. Exactly one of the two.
 */
public record ApprovalStep(String name, String user, String role) {

    /** A step that names its approver once; a role must be one the tokens carry. */
    public ApprovalStep {
        if (name == null || name.isBlank()) {
            throw Refusal.invalid("steps[].name", "must name the step");
        }
        if ((user == null || user.isBlank()) == (role == null || role.isBlank())) {
            throw Refusal.invalid("steps[].user", "give either a user or a role for step " + name + ", not both");
        }
        if (role != null && !role.isBlank() && Role.allNamed(Set.of(role)).isEmpty()) {
            throw Refusal.invalid("steps[].role", "must be one of " + Set.of(Role.values()));
        }
    }

    /** Whether this person approves the step: they are its user, or hold its role. */
    boolean approvableBy(String subject, Set<Role> roles) {
        return user != null && !user.isBlank() ? user.equals(subject) : roles.contains(Role.valueOf(role));
    }

    /** The approver as people read it in a refusal: "legal (user lea)" or "legal (role APPROVER)". */
    String described() {
        return name + (user != null && !user.isBlank() ? " (user " + user + ")" : " (role " + role + ")");
    }
}
