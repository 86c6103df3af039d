package org.entente.agreements.delegation;

import org.entente.events.delegation.DelegateSnapshot;

/** A person in a delegation. The organization is optional: an embassy counsellor may not be in the register. */
public record Delegate(String name, String title, String organizationId) {

    DelegateSnapshot snapshot() {
        return new DelegateSnapshot(name, title, organizationId);
    }
}
