package org.entente.agreements.agreement;

public enum AgreementKind {
    MOU, FRAMEWORK_AGREEMENT, PROTOCOL, JOINT_PROJECT, GRANT, OTHER
}
