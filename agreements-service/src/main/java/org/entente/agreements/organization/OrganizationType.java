package org.entente.agreements.organization;

public enum OrganizationType {
    GOVERNMENT_AGENCY, SCHOOL_OR_ACADEMY, INTERNATIONAL_ORGANIZATION, DEVELOPMENT_AGENCY, UNIVERSITY, NGO, OTHER
}
