package org.entente.agreements.agreement;

import java.util.List;

import org.entente.events.agreement.AccessSnapshot;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who may see a restricted agreement: user ids (the subjects of their tokens) and role
 * names. Anyone else is told it does not exist.
 */
public record AccessList(
        @NotNull @Size(max = 200) List<@NotBlank @Size(max = 200) String> users,
        @NotNull @Size(max = 4) List<@NotNull @Pattern(regexp = "ADMIN|STAFF|MANAGER|STAKEHOLDER",
                message = "must be one of ADMIN, STAFF, MANAGER, STAKEHOLDER") String> roles) {

    static AccessList onlyFor(String user) {
        return new AccessList(List.of(user), List.of());
    }

    AccessList normalized() {
        return new AccessList(users.stream().map(String::trim).distinct().toList(), roles.stream().distinct().toList());
    }

    AccessSnapshot snapshot() {
        return new AccessSnapshot(users, roles);
    }
}
