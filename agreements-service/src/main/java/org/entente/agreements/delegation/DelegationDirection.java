package org.entente.agreements.delegation;

/** Seen from the host: an INCOMING delegation comes to visit, an OUTGOING one goes abroad. */
public enum DelegationDirection {
    INCOMING, OUTGOING
}
