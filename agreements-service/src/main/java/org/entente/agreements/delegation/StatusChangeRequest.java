package org.entente.agreements.delegation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Moves a delegation in its lifecycle; a reason is required to cancel and kept for any move. */
public record StatusChangeRequest(
        @NotNull DelegationStatus status,
        @Size(max = 1000) String reason) {
}
