package org.entente.console.organization;

import java.util.Map;

/** An organization as agreements-service answers it. */
public record Organization(String id, long version, String name, String acronym, String country, String type,
                           String website, Map<String, String> names) {
}
