package org.entente.agreements.imports;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.entente.agreements.organization.Organization;
import org.entente.platform.spreadsheet.ImportPass;
import org.entente.platform.web.SearchText;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Finds the registered organization a spreadsheet means: by id, by acronym or by name (in any
 * of its languages), ignoring case and accents; and the one an organization row matches
 * (acronym and country, else name and country).
 */
@Component
class OrganizationDirectory {

    private static final String COLLECTION = "organizations";

    private final MongoTemplate mongo;

    OrganizationDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The one organization the reference names; empty when none, a refusal text when several.
     * Looked up once per import pass: an agreements or delegations import registers no
     * organization, and its rows name the same few again and again.
     */
    Reference find(String reference, ImportPass pass) {
        return pass.remember("organization", reference, () -> find(reference));
    }

    private Reference find(String reference) {
        Organization byId = mongo.findById(reference, Organization.class, COLLECTION);
        if (byId != null) {
            return new Reference(byId, null);
        }
        List<Organization> byAcronym = mongo.find(Query.query(where("acronym")
                .regex("^" + Pattern.quote(reference.trim()) + "$", "i")), Organization.class, COLLECTION);
        List<Organization> found = byAcronym.isEmpty()
                ? mongo.find(Query.query(where("searchKeys").is(SearchText.normalize(reference))), Organization.class,
                        COLLECTION)
                : byAcronym;
        if (found.size() == 1) {
            return new Reference(found.get(0), null);
        }
        return new Reference(null, found.isEmpty()
                ? "no organization has this acronym, name or id; import or register it first"
                : found.size() + " organizations answer to this name; give the id instead");
    }

    /** The organization an imported row stands for: same acronym and country, else same name and country. */
    Optional<Organization> match(String acronym, String name, String country) {
        if (acronym != null) {
            Organization byAcronym = mongo.findOne(Query.query(where("acronym")
                    .regex("^" + Pattern.quote(acronym) + "$", "i").and("country").is(country)), Organization.class,
                    COLLECTION);
            if (byAcronym != null) {
                return Optional.of(byAcronym);
            }
        }
        return Optional.ofNullable(mongo.findOne(Query.query(where("nameKey").is(SearchText.normalize(name))
                .and("country").is(country)), Organization.class, COLLECTION));
    }

    record Reference(Organization organization, String problem) {
    }
}
