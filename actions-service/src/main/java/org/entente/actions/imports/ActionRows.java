package org.entente.actions.imports;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.entente.actions.action.ActionCategory;
import org.entente.actions.action.ActionItem;
import org.entente.actions.action.ActionQueries;
import org.entente.actions.action.ActionRecords.Owner;
import org.entente.actions.action.ActionRequest;
import org.entente.actions.action.ActionRequest.IndicatorRequest;
import org.entente.actions.action.ActionRequest.MilestoneRequest;
import org.entente.actions.action.ActionRequest.OwnerRequest;
import org.entente.actions.action.AddingActionItem;
import org.entente.actions.agreement.AgreementDirectory;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.outbox.Change;
import org.entente.platform.replica.AgreementReplica;
import org.entente.platform.spreadsheet.ImportPass;
import org.entente.platform.spreadsheet.RowHandler;
import org.entente.platform.spreadsheet.RowPlan;
import org.entente.platform.spreadsheet.RowValues;
import org.entente.platform.spreadsheet.RuleBreaks;
import org.entente.platform.spreadsheet.Vocabulary;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Action item rows: added as {@code POST /api/agreements/{id}/actions} adds them, or their
 * details replaced as {@code PUT /api/actions/{id}} does (progress, reached milestones and
 * indicator actuals kept). Matched by agreement (its code or id) and reference. What the file
 * has no column for (responsible organizations, dependencies, the owner's user id when the
 * owner stays) is kept as it is.
 */
@Component
class ActionRows implements RowHandler {

    private static final String LIST_SEPARATOR = ";";

    private final AddingActionItem adding;
    private final AggregateStore<ActionItem> actions;
    private final ActionQueries queries;
    private final AgreementDirectory agreements;
    private final RuleBreaks rules;
    private final Vocabulary vocabulary;
    private final Clock clock;

    ActionRows(AddingActionItem adding, AggregateStore<ActionItem> actions, ActionQueries queries,
               AgreementDirectory agreements, RuleBreaks rules, Vocabulary vocabulary, Clock clock) {
        this.adding = adding;
        this.actions = actions;
        this.queries = queries;
        this.agreements = agreements;
        this.rules = rules;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    @Override
    public PlanImportKind kind() {
        return PlanImportKind.ACTIONS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("agreement", "reference", "title", "category");
    }

    @Override
    public List<RowPlan> plan(List<RowValues> rows, ImportPass pass) {
        return rows.stream().map(row -> plan(row, pass)).toList();
    }

    private RowPlan plan(RowValues row, ImportPass pass) {
        Optional<AgreementReplica> agreement = agreement(row, pass);
        String reference = row.text("reference");
        String key = agreement.isEmpty() || reference == null ? null : agreement.get().id() + " / " + reference;
        Optional<ActionItem> existing = agreement.isEmpty() || reference == null ? Optional.empty()
                : queries.items(Query.query(where("agreementId").is(agreement.get().id()).and("reference").is(reference)))
                .stream().findFirst();
        ActionRequest request = request(row, existing);
        if (!rules.valid(request, row, ActionRows::column) || !row.errors().isEmpty() || agreement.isEmpty()) {
            return RowPlan.error(row.errors(), key);
        }
        String agreementId = agreement.get().id();
        ActionItem.Details details;
        try {
            // The domain's own rules (dates in order, distinct names), checked now so the dry run reports them.
            details = ActionItem.create(agreementId, detailsOf(request), false, clock.instant()).aggregate().details();
        } catch (RuntimeException refusal) {
            rules.refused(refusal, row, ActionRows::column);
            return RowPlan.error(row.errors(), key);
        }
        if (existing.isEmpty()) {
            if (agreement.get().isClosed()) {
                row.error("agreement", "is " + agreement.get().status() + ": its action plan takes no new items");
                return RowPlan.error(row.errors(), key);
            }
            return RowPlan.create(key, () -> adding.add(agreementId, request));
        }
        ActionItem current = existing.get();
        Change<ActionItem> edit;
        try {
            edit = current.edit(details, clock.instant());
        } catch (RuntimeException refusal) {
            rules.refused(refusal, row, ActionRows::column);
            return RowPlan.error(row.errors(), key);
        }
        if (edit.events().isEmpty()) {
            return RowPlan.unchanged(key);
        }
        return RowPlan.update(key, () -> actions.change(current.id(), current.version(),
                found -> found.edit(details, clock.instant())));
    }

    /** The agreement by its code, else its id, if the importer may see it: once per import pass, as many items name it. */
    private Optional<AgreementReplica> agreement(RowValues row, ImportPass pass) {
        String named = row.text("agreement");
        if (named == null) {
            return Optional.empty();
        }
        Optional<AgreementReplica> found = pass.remember("agreement", named,
                () -> agreements.findByCode(named).or(() -> agreements.find(named)));
        if (found.isEmpty()) {
            row.error("agreement", "must be the code or the id of an agreement known to Entente");
        }
        return found;
    }

    private ActionRequest request(RowValues row, Optional<ActionItem> existing) {
        String ownerName = row.text("owner_name");
        String ownerEmail = row.text("owner_email");
        OwnerRequest owner = ownerName == null && ownerEmail == null ? null
                : new OwnerRequest(ownerName, ownerEmail, existing.map(item -> item.details().owner())
                        .filter(current -> sameOwner(current, ownerName, ownerEmail)).map(Owner::userId).orElse(null));
        List<MilestoneRequest> milestones;
        try {
            milestones = PlanCells.milestones(row.text("milestones"));
        } catch (IllegalArgumentException e) {
            row.error("milestones", "must be titles separated by ;, each followed if need be by its date in brackets "
                    + "as (YYYY-MM-DD) or (DD/MM/YYYY); " + e.getMessage() + " is not a date");
            milestones = List.of();
        }
        return new ActionRequest(row.text("reference"), row.text("title"), row.text("description"),
                row.constant("category", ActionCategory.class), owner,
                existing.map(item -> item.details().responsibleOrganizations()).orElse(List.of()),
                row.date("start_date"), row.date("due_date"), row.integer("weight"), milestones, indicators(row),
                existing.map(item -> item.details().dependsOn()).orElse(List.of()));
    }

    private static boolean sameOwner(Owner current, String name, String email) {
        return current != null && (email != null ? email.equalsIgnoreCase(current.email()) : name.equals(current.name()));
    }

    /** The n-th name, unit, target, baseline and baseline date go together; all but the name may be left blank. */
    private static List<IndicatorRequest> indicators(RowValues row) {
        List<String> names = split(row.text("indicator_names"));
        List<String> units = alongside(row, names, "indicator_units", "unit");
        List<String> targets = alongside(row, names, "indicator_targets", "target");
        List<String> baselines = alongside(row, names, "indicator_baselines", "baseline");
        List<String> baselineDates = alongside(row, names, "indicator_baseline_dates", "baseline date");
        if (units == null || targets == null || baselines == null || baselineDates == null) {
            return List.of();
        }
        List<IndicatorRequest> indicators = new ArrayList<>();
        try {
            for (int i = 0; i < names.size(); i++) {
                indicators.add(new IndicatorRequest(names.get(i), cell(units, i), number(row, "indicator_targets",
                        cell(targets, i)), number(row, "indicator_baselines", cell(baselines, i)),
                        date(row, cell(baselineDates, i))));
            }
        } catch (IllegalArgumentException unreadable) { // the row has its error
            return List.of();
        }
        return indicators;
    }

    /** A list that goes with the names, one entry each, or empty when the cell is; null (and an error) otherwise. */
    private static List<String> alongside(RowValues row, List<String> names, String column, String what) {
        List<String> values = split(row.text(column));
        if (!values.isEmpty() && values.size() != names.size()) {
            row.error(column, "must give one " + what + " per indicator name, in the same order, separated by ;");
            return null;
        }
        return values;
    }

    private static String cell(List<String> values, int i) {
        return values.isEmpty() || values.get(i).isEmpty() ? null : values.get(i);
    }

    private static Double number(RowValues row, String column, String text) {
        if (text == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(text.replace(',', '.')).doubleValue();
        } catch (NumberFormatException e) {
            row.error(column, "must be numbers such as 120 or 12.5, separated by ;");
            throw new IllegalArgumentException(text, e);
        }
    }

    private static LocalDate date(RowValues row, String text) {
        if (text == null) {
            return null;
        }
        try {
            return PlanCells.date(text);
        } catch (IllegalArgumentException e) {
            row.error("indicator_baseline_dates", "must be dates as YYYY-MM-DD or DD/MM/YYYY, separated by ; ("
                    + text + " is not a date)");
            throw e;
        }
    }

    /** Split on ";" only: a French decimal comma ("12,5") stays whole. */
    private static List<String> split(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : cell.split(LIST_SEPARATOR, -1)) {
            parts.add(part.trim());
        }
        return parts;
    }

    /** The details as the API makes them from the request, which keeps its mapping to itself. */
    private static ActionItem.Details detailsOf(ActionRequest request) {
        return new ActionItem.Details(request.reference(), request.title(), request.description(), request.category(),
                request.owner() == null ? null : new Owner(request.owner().name(), request.owner().email(),
                        request.owner().userId()),
                request.responsibleOrganizations(), request.startDate(), request.dueDate(),
                request.weight() == null ? 1 : request.weight(),
                request.milestones().stream().map(milestone -> new org.entente.actions.action.ActionRecords.Milestone(
                        milestone.title() == null ? null : milestone.title().trim(), milestone.dueDate(), null)).toList(),
                request.indicators().stream().map(indicator -> new org.entente.actions.action.ActionRecords.Indicator(
                        indicator.name() == null ? null : indicator.name().trim(), indicator.unit(), indicator.target(), 0,
                        indicator.baseline(), indicator.baselineDate()))
                        .toList(),
                request.dependsOn());
    }

    /** The column that holds a field of the request or the domain's refusals ({@code indicators[1].target}). */
    static String column(String field) {
        String root = field.replaceAll("\\[\\d+]", "");
        return switch (root) {
            case "owner.name", "owner" -> "owner_name";
            case "owner.email" -> "owner_email";
            case "startDate" -> "start_date";
            case "dueDate" -> "due_date";
            case "milestones", "milestones.title", "milestones.dueDate" -> "milestones";
            case "indicators", "indicators.name" -> "indicator_names";
            case "indicators.unit" -> "indicator_units";
            case "indicators.target" -> "indicator_targets";
            case "indicators.baseline" -> "indicator_baselines";
            case "indicators.baselineDate" -> "indicator_baseline_dates";
            default -> root;
        };
    }

    @Override
    public Map<String, String> example(Locale language) {
        Map<String, String> example = new LinkedHashMap<>();
        example.put("agreement", "INSP-KZ-2025-01");
        example.put("reference", "KZ-1");
        example.put("title", vocabulary.example(kind(), "title", language));
        example.put("category", vocabulary.label(ActionCategory.TRAINING, language));
        example.put("owner_name", "Claire Martin");
        example.put("owner_email", "claire.martin@example.org");
        example.put("start_date", vocabulary.example(kind(), "start_date", language));
        example.put("due_date", vocabulary.example(kind(), "due_date", language));
        example.put("weight", "2");
        example.put("milestones", vocabulary.example(kind(), "milestones", language));
        example.put("indicator_names", vocabulary.example(kind(), "indicator_names", language));
        example.put("indicator_units", vocabulary.example(kind(), "indicator_units", language));
        example.put("indicator_targets", "120; 6");
        example.put("indicator_baselines", "0; 0");
        example.put("indicator_baseline_dates", vocabulary.example(kind(), "indicator_baseline_dates", language));
        return example;
    }
}
