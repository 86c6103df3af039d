package org.entente.agreements.imports;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;

import org.entente.agreements.organization.Organization;
import org.entente.agreements.organization.OrganizationRequest;
import org.entente.agreements.organization.OrganizationType;
import org.entente.agreements.organization.RegisteringOrganization;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.spreadsheet.ImportPass;
import org.entente.platform.spreadsheet.RowHandler;
import org.entente.platform.spreadsheet.RowPlan;
import org.entente.platform.spreadsheet.RowValues;
import org.entente.platform.spreadsheet.RuleBreaks;
import org.entente.platform.spreadsheet.Vocabulary;
import org.springframework.stereotype.Component;

/**
 * Organization rows: registered as the API registers them, or their details replaced as
 * {@code PUT /api/organizations/{id}} does. Matched by acronym and country, else name and country.
 */
@Component
class OrganizationRows implements RowHandler {

    private final RegisteringOrganization registering;
    private final AggregateStore<Organization> organizations;
    private final OrganizationDirectory directory;
    private final RuleBreaks rules;
    private final Vocabulary vocabulary;
    private final Clock clock;

    OrganizationRows(RegisteringOrganization registering, AggregateStore<Organization> organizations,
                     OrganizationDirectory directory, RuleBreaks rules, Vocabulary vocabulary, Clock clock) {
        this.registering = registering;
        this.organizations = organizations;
        this.directory = directory;
        this.rules = rules;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    @Override
    public RegisterImportKind kind() {
        return RegisterImportKind.ORGANIZATIONS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("name", "country");
    }

    @Override
    public List<RowPlan> plan(List<RowValues> rows, ImportPass pass) {
        return rows.stream().map(this::plan).toList();
    }

    /** A row matched by its name may be the organization an earlier row registered with its acronym. */
    @Override
    public boolean rowsStandAlone() {
        return false;
    }

    private RowPlan plan(RowValues row) {
        OrganizationRequest request = new OrganizationRequest(row.text("name"), row.text("acronym"),
                row.country("country"), row.constant("type", OrganizationType.class), row.text("website"), null);
        String key = request.name() == null ? null
                : (request.acronym() == null ? request.name() : request.acronym()).toLowerCase(Locale.ROOT)
                        + " / " + request.country();
        if (!rules.valid(request, row, RuleBreaks::snakeCase) || !row.errors().isEmpty()) {
            return RowPlan.error(row.errors(), key);
        }
        Optional<Organization> existing = directory.match(request.acronym(), request.name(), request.country());
        if (existing.isEmpty()) {
            return RowPlan.create(key, () -> registering.register(request));
        }
        Organization current = existing.get();
        // The file has no column for names in other languages: those already registered stay.
        Organization.Details details = new Organization.Details(request.name(), request.acronym(), request.country(),
                request.type(), request.website(), current.names());
        if (current.replace(details, clock.instant()).events().isEmpty()) {
            return RowPlan.unchanged(key);
        }
        return RowPlan.update(key, () -> organizations.change(current.id(), current.version(),
                organization -> organization.replace(details, clock.instant())));
    }

    @Override
    public Map<String, String> example(Locale language) {
        Map<String, String> example = new LinkedHashMap<>();
        example.put("name", "Institut national du service public");
        example.put("acronym", "INSP");
        example.put("country", vocabulary.example(kind(), "country", language));
        example.put("type", vocabulary.label(OrganizationType.SCHOOL_OR_ACADEMY, language));
        example.put("website", "https://insp.gouv.fr");
        return example;
    }
}
