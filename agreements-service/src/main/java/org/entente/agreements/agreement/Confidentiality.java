package org.entente.agreements.agreement;

public enum Confidentiality {
    PUBLIC, INTERNAL, RESTRICTED
}
