package org.entente.platform.domain;

/**
 * What a service's domain classes (aggregates, their values and rules) must not use: HTTP,
 * persistence and JSON belong to the controllers, the stores and the views around them.
 * Each service's architecture test checks its domain against this list.
 */
public final class DomainBoundary {

    /** Spring web and HTTP, Spring Data and DAO, the MongoDB driver and BSON, Jackson 2 and 3. */
    public static final String[] FRAMEWORK_PACKAGES = {
            "org.springframework.web..", "org.springframework.http..", "org.springframework.data..",
            "org.springframework.dao..", "com.mongodb..", "org.bson..", "com.fasterxml.jackson..", "tools.jackson.."};

    private DomainBoundary() {
    }
}
