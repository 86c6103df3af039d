package org.entente.actions.agreement;

import java.util.List;

import org.entente.platform.replica.AgreementReplica;

/**
 * Published in-process once the replica holds the agreements a polled batch carried (a new
 * version, or the same one delivered again), so the action plans can follow them: one for the
 * batch, so that they are followed with one read of their items.
 */
public record AgreementChanged(List<Agreement> agreements) {

    /** An agreement as the replica now holds it; {@code reason} that of its status change, when the batch had one. */
    public record Agreement(AgreementReplica replica, String reason) {
    }
}
