package org.entente.agreements.imports;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Optional;

import org.entente.agreements.agreement.Agreement;
import org.entente.agreements.agreement.AgreementQueries;
import org.entente.agreements.delegation.Delegate;
import org.entente.agreements.delegation.Delegation;
import org.entente.agreements.delegation.DelegationDirection;
import org.entente.agreements.delegation.DelegationRequest;
import org.entente.agreements.delegation.OrganizationRef;
import org.entente.agreements.delegation.SchedulingDelegation;
import org.entente.agreements.organization.Organization;
import org.entente.platform.domain.Refusal;
import org.entente.platform.outbox.AggregateStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.entente.platform.spreadsheet.ImportPass;
import org.entente.platform.spreadsheet.RowHandler;
import org.entente.platform.spreadsheet.RowPlan;
import org.entente.platform.spreadsheet.RowValues;
import org.entente.platform.spreadsheet.RuleBreaks;
import org.entente.platform.spreadsheet.Vocabulary;
import org.springframework.stereotype.Component;

/**
 * Delegation rows: scheduled as {@code POST /api/delegations} does, or replaced as {@code PUT}
 * does. Matched by agreement, host, visiting organization and start date. The file holds the
 * leader's name and title only: their organization, the members and the agenda already registered stay.
 */
@Component
class DelegationRows implements RowHandler {

    private static final String COLLECTION = "delegations";

    private final SchedulingDelegation scheduling;
    private final AggregateStore<Delegation> delegations;
    private final AgreementQueries agreements;
    private final OrganizationDirectory directory;
    private final MongoTemplate mongo;
    private final RuleBreaks rules;
    private final Vocabulary vocabulary;
    private final Clock clock;

    DelegationRows(SchedulingDelegation scheduling, AggregateStore<Delegation> delegations, AgreementQueries agreements,
                   OrganizationDirectory directory, MongoTemplate mongo, RuleBreaks rules, Vocabulary vocabulary, Clock clock) {
        this.scheduling = scheduling;
        this.delegations = delegations;
        this.agreements = agreements;
        this.directory = directory;
        this.mongo = mongo;
        this.rules = rules;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    @Override
    public RegisterImportKind kind() {
        return RegisterImportKind.DELEGATIONS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("host_organization", "visiting_organization", "start_date");
    }

    @Override
    public List<RowPlan> plan(List<RowValues> rows, ImportPass pass) {
        return rows.stream().map(row -> plan(row, pass)).toList();
    }

    private RowPlan plan(RowValues row, ImportPass pass) {
        String agreementId = agreement(row, pass);
        Organization host = organization(row, "host_organization", pass);
        Organization visiting = organization(row, "visiting_organization", pass);
        String leaderName = row.text("leader_name");
        String leaderTitle = row.text("leader_title");
        DelegationRequest request = new DelegationRequest(agreementId,
                row.constant("direction", DelegationDirection.class),
                host == null ? row.text("host_organization") : host.id(),
                visiting == null ? row.text("visiting_organization") : visiting.id(),
                leaderName == null && leaderTitle == null ? null
                        : new DelegationRequest.Person(leaderName, leaderTitle, null),
                null, row.date("start_date"), row.date("end_date"), row.text("city"), row.country("country"),
                row.text("purpose"), null, row.text("outcomes"));
        String key = String.join(" / ", String.valueOf(agreementId), String.valueOf(request.hostOrganizationId()),
                String.valueOf(request.visitingOrganizationId()), String.valueOf(request.startDate()));
        if (!rules.valid(request, row, DelegationRows::columnOf) || !row.errors().isEmpty()) {
            return RowPlan.error(row.errors(), key);
        }
        Optional<Delegation> existing = match(agreementId, host.id(), visiting.id(), request.startDate());
        Delegation.Details details = new Delegation.Details(agreementId, request.direction(),
                new OrganizationRef(host.id(), host.name(), host.country()),
                new OrganizationRef(visiting.id(), visiting.name(), visiting.country()),
                new Delegate(leaderName, leaderTitle, existing.map(Delegation::leader)
                        .filter(leader -> leader.name().equals(leaderName)).map(Delegate::organizationId).orElse(null)),
                existing.map(Delegation::members).orElse(List.of()), request.startDate(), request.endDate(),
                request.city(), request.country(), request.purpose(),
                existing.map(Delegation::agenda).orElse(List.of()), request.outcomes());
        LocalDate today = LocalDate.now(clock);
        try {
            if (existing.isEmpty()) {
                Delegation.schedule(details, clock.instant()); // the domain's rules, nothing stored
                return RowPlan.create(key, () -> scheduling.schedule(request, agreementId));
            }
            Delegation current = existing.get();
            if (current.replace(details, today, clock.instant()).events().isEmpty()) {
                return RowPlan.unchanged(key);
            }
            return RowPlan.update(key, () -> delegations.change(current.id(), current.version(),
                    delegation -> delegation.replace(details, LocalDate.now(clock), clock.instant())));
        } catch (Refusal refusal) {
            rules.refused(refusal, row, DelegationRows::columnOf);
            return RowPlan.error(row.errors(), key);
        }
    }

    /** The agreement by code or id; none is a visit on its own. */
    private String agreement(RowValues row, ImportPass pass) {
        String reference = row.text("agreement");
        if (reference == null) {
            return null;
        }
        Optional<String> found = pass.remember("agreement", reference, () -> agreements.findByCode(reference)
                .map(Agreement::id).or(() -> agreements.exists(reference) ? Optional.of(reference) : Optional.empty()));
        if (found.isEmpty()) {
            row.error("agreement", "no agreement has this code or id");
        }
        return found.orElse(null);
    }

    private Organization organization(RowValues row, String column, ImportPass pass) {
        String reference = row.text(column);
        if (reference == null) {
            return null;
        }
        OrganizationDirectory.Reference found = directory.find(reference, pass);
        if (found.organization() == null) {
            row.error(column, found.problem());
        }
        return found.organization();
    }

    private Optional<Delegation> match(String agreementId, String hostId, String visitingId, LocalDate startDate) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("agreementId").is(agreementId)
                .and("hostOrganization.organizationId").is(hostId)
                .and("visitingOrganization.organizationId").is(visitingId).and("startDate").is(startDate)),
                Delegation.class, COLLECTION));
    }

    private static String columnOf(String field) {
        return switch (field) {
            case "agreementId" -> "agreement";
            case "hostOrganizationId" -> "host_organization";
            case "visitingOrganizationId" -> "visiting_organization";
            case "leader", "leader.name" -> "leader_name";
            case "leader.title" -> "leader_title";
            default -> RuleBreaks.snakeCase(field);
        };
    }

    @Override
    public Map<String, String> example(Locale language) {
        Map<String, String> example = new LinkedHashMap<>();
        example.put("agreement", "INSP-KZ-2025-01");
        example.put("direction", vocabulary.label(DelegationDirection.INCOMING, language));
        example.put("host_organization", "INSP");
        example.put("visiting_organization", "Agency for Civil Service Affairs");
        example.put("leader_name", "Darkhan Zhazykbay");
        example.put("leader_title", vocabulary.example(kind(), "leader_title", language));
        example.put("start_date", vocabulary.example(kind(), "start_date", language));
        example.put("end_date", vocabulary.example(kind(), "end_date", language));
        example.put("city", "Strasbourg");
        example.put("country", vocabulary.example(kind(), "country", language));
        example.put("purpose", vocabulary.example(kind(), "purpose", language));
        return example;
    }
}
