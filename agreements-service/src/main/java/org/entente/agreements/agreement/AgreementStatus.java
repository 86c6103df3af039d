package org.entente.agreements.agreement;

public enum AgreementStatus {
    DRAFT, NEGOTIATION, SIGNED, ACTIVE, SUSPENDED, TERMINATED, EXPIRED, ABANDONED
}
