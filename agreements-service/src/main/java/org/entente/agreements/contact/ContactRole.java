package org.entente.agreements.contact;

/** What a contact person does for the partnership. Focal points can be made stakeholders of an agreement. */
public enum ContactRole {
    FOCAL_POINT, LEGAL, FINANCE, SIGNATORY, COMMUNICATION, OTHER
}
