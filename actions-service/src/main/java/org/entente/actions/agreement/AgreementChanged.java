package org.entente.actions.agreement;

import org.entente.platform.replica.AgreementReplica;

/**
 * Published in-process once the replica holds the agreement an event carried (a new version,
 * or the same one delivered again), so the action plan can follow it. {@code reason} is the
 * reason of a status change, when the event was one.
 */
public record AgreementChanged(AgreementReplica agreement, String reason) {
}
