package org.entente.agreements.agreement;

public enum PartyRole {
    SIGNATORY, PARTNER, FUNDER, IMPLEMENTER, OBSERVER
}
