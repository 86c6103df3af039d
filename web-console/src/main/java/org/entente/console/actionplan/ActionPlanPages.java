package org.entente.console.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.entente.console.ConsoleProperties;
import org.entente.console.Page;
import org.entente.console.Services;
import org.entente.console.agreement.Agreement;
import org.entente.console.form.FormErrors;
import org.entente.console.form.FormPost;
import org.entente.console.form.Problem;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;

/**
 * An agreement's action plan: the summary, the items by status with what makes them late, their
 * time axis and indicator chart; adding and editing items, their workflow moves and progress.
 * actions-service decides who may do what; the console shows the forms a role may use.
 */
@Controller
class ActionPlanPages {

    static final List<String> STATUSES = List.of("PLANNED", "IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED");
    static final ParameterizedTypeReference<Page<ActionItem>> ITEMS = new ParameterizedTypeReference<>() {
    };

    /** An item as the plan page shows it: what it depends on and what depends on it. */
    record Entry(ActionItem item, List<ActionItem> dependsOn, List<ActionItem> neededBy,
                 boolean mayRecord) {

        public String key() {
            return item.key();
        }
    }

    private final Services services;
    private final ConsoleProperties properties;

    ActionPlanPages(Services services, ConsoleProperties properties) {
        this.services = services;
        this.properties = properties;
    }

    @GetMapping("/agreements/{id}/plan")
    String plan(@PathVariable String id, Authentication user, Model model) {
        Agreement agreement = services.agreements().get().uri("/api/agreements/{id}", id).retrieve().body(Agreement.class);
        PlanSummary summary = services.actions().get().uri("/api/agreements/{id}/plan", id).retrieve().body(PlanSummary.class);
        List<ActionItem> items = planItems(id);
        Map<String, ActionItem> byId = items.stream().collect(Collectors.toMap(ActionItem::id, Function.identity()));
        LocalDate today = LocalDate.now(properties.timeZone());
        boolean manager = Viewer.isManager(user);
        String subject = Viewer.subject(user);
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        STATUSES.forEach(status -> groups.put(status, new ArrayList<>()));
        for (ActionItem item : items) {
            List<ActionItem> dependsOn = item.dependsOn().stream().map(byId::get).filter(other -> other != null).toList();
            List<ActionItem> neededBy = items.stream().filter(other -> other.dependsOn().contains(item.id())).toList();
            groups.computeIfAbsent(item.status(), status -> new ArrayList<>()).add(new Entry(item,
                    dependsOn, neededBy, manager || item.ownedBy(subject)));
        }
        model.addAttribute("agreement", agreement);
        model.addAttribute("summary", summary);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("groups", groups);
        model.addAttribute("axis", TimeAxis.of(items, today, LocaleContextHolder.getLocale()));
        model.addAttribute("chart", Bars.of(summary.indicators().stream()
                .map(total -> new Bars.Value(total.name(), total.unit(), total.actual(), total.target())).toList()));
        model.addAttribute("manager", manager);
        model.addAttribute("today", today);
        if (!model.containsAttribute("refusal")) {
            model.addAttribute("refusal", FormErrors.NONE);
            model.addAttribute("refusedItem", null);
        }
        return "actionplan/plan";
    }

    @GetMapping("/agreements/{id}/plan/items/new")
    String newItem(@PathVariable String id, Model model) {
        Map<String, String> form = new HashMap<>();
        form.put("category", "TRAINING");
        form.put(FormPost.KEY_FIELD, FormPost.newKey());
        return form(model, id, null, form, List.of(), FormErrors.NONE);
    }

    @PostMapping("/agreements/{id}/plan/items")
    String addItem(@PathVariable String id, @RequestParam Map<String, String> form,
                   @RequestParam(required = false) List<String> dependsOn, Model model) {
        try {
            services.actions().post().uri("/api/agreements/{id}/actions", id)
                    .header(FormPost.HEADER, FormPost.keyOf(form.get(FormPost.KEY_FIELD)))
                    .body(ItemForm.body(form, dependsOn)).retrieve().toBodilessEntity();
            return "redirect:/agreements/" + id + "/plan";
        } catch (RestClientResponseException refused) {
            return form(model, id, null, FormPost.afterRefusal(form), dependsOn, FormErrors.of(Problem.of(refused)));
        }
    }

    @GetMapping("/actions/{itemId}/edit")
    String editItem(@PathVariable String itemId, Model model) {
        ActionItem item = read(itemId);
        return form(model, item.agreementId(), item, ItemForm.editing(item), item.dependsOn(), FormErrors.NONE);
    }

    @PostMapping("/actions/{itemId}/edit")
    String edit(@PathVariable String itemId, @RequestParam Map<String, String> form,
                @RequestParam(required = false) List<String> dependsOn, @RequestParam long version, Model model) {
        try {
            ActionItem saved = services.actions().put().uri("/api/actions/{id}", itemId)
                    .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                    .body(ItemForm.body(form, dependsOn)).retrieve().body(ActionItem.class);
            return "redirect:/agreements/" + saved.agreementId() + "/plan#item-" + PlanIds.of(saved.reference());
        } catch (RestClientResponseException refused) {
            ActionItem current = read(itemId);
            if (refused.getStatusCode().value() != HttpStatus.PRECONDITION_FAILED.value()) {
                return form(model, current.agreementId(), current, form, dependsOn, FormErrors.of(Problem.of(refused)));
            }
            // Someone saved the item meanwhile: show what changed, keep the user's own changes.
            model.addAttribute("changedMeanwhile", ItemForm.changedMeanwhile(form, current));
            model.addAttribute("changedBy", current.updatedBy());
            Map<String, String> retry = ItemForm.reapplied(form, current);
            return form(model, current.agreementId(), current, retry, dependsOn, FormErrors.NONE);
        }
    }

    /** A workflow move: start, block (with a reason), done, cancel (with a reason). A refusal shows beside the buttons. */
    @PostMapping("/actions/{itemId}/status")
    String move(@PathVariable String itemId, @RequestParam String status, @RequestParam(required = false) String reason,
                Authentication user, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("reason", FormPost.blankToNull(reason));
        return afterItemPost(itemId, "/api/actions/{id}/status", body, user, model);
    }

    /** A progress entry: note, percent complete, each indicator's total so far, milestones reached. */
    @PostMapping("/actions/{itemId}/progress")
    String progress(@PathVariable String itemId, @RequestParam Map<String, String> form,
                    @RequestParam(required = false) List<String> milestonesReached, Authentication user, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("note", FormPost.blankToNull(form.get("note")));
        body.put("percentComplete", FormPost.blankToNull(form.get("percentComplete")));
        List<Map<String, String>> values = new ArrayList<>();
        for (int row = 0; form.containsKey("indicatorValues[" + row + "].name"); row++) {
            String value = FormPost.blankToNull(form.get("indicatorValues[" + row + "].value"));
            if (value != null) {
                values.add(Map.of("name", form.get("indicatorValues[" + row + "].name"), "value", value));
            }
        }
        body.put("indicatorValues", values);
        body.put("milestonesReached", milestonesReached == null ? List.of() : milestonesReached);
        return afterItemPost(itemId, "/api/actions/{id}/progress", body, user, model);
    }

    private String afterItemPost(String itemId, String path, Map<String, Object> body, Authentication user, Model model) {
        ActionItem item = read(itemId);
        try {
            services.actions().post().uri(path, itemId).body(body).retrieve().toBodilessEntity();
            return "redirect:/agreements/" + item.agreementId() + "/plan#item-" + PlanIds.of(item.reference());
        } catch (RestClientResponseException refused) {
            model.addAttribute("refusal", FormErrors.of(Problem.of(refused)));
            model.addAttribute("refusedItem", item.id());
            return plan(item.agreementId(), user, model);
        }
    }

    private String form(Model model, String agreementId, ActionItem editing, Map<String, String> form,
                        List<String> dependsOn, FormErrors errors) {
        List<ActionItem> plan = planItems(agreementId);
        model.addAttribute("agreementId", agreementId);
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", ItemForm.CATEGORIES);
        model.addAttribute("indicatorRows", IntStream.range(0, ItemForm.indicatorRows(form)).boxed().toList());
        model.addAttribute("milestoneRows", IntStream.range(0, ItemForm.milestoneRows(form)).boxed().toList());
        model.addAttribute("candidates", plan.stream().filter(other -> editing == null || !other.id().equals(editing.id())).toList());
        model.addAttribute("chosen", dependsOn == null ? Set.of() : Set.copyOf(dependsOn));
        model.addAttribute("knownOwners", knownOwners());
        model.addAttribute("base", form.entrySet().stream().filter(entry -> entry.getKey().startsWith(ItemForm.BASE))
                .sorted(Map.Entry.comparingByKey()).toList());
        if (!model.containsAttribute("changedMeanwhile")) {
            model.addAttribute("changedMeanwhile", Map.of());
        }
        return "actionplan/item-form";
    }

    /** The owners named on items so far: what the owner inputs suggest (anyone else can be typed). */
    private List<ActionItem.Owner> knownOwners() {
        Set<ActionItem.Owner> owners = new LinkedHashSet<>();
        services.actions().get().uri("/api/actions?size=100&sort=updatedAt,desc").retrieve().body(ITEMS).items().stream()
                .map(ActionItem::owner).filter(owner -> owner != null && owner.userId() != null).forEach(owners::add);
        return List.copyOf(owners);
    }

    private List<ActionItem> planItems(String agreementId) {
        return services.actions().get().uri("/api/agreements/{id}/actions?size=100", agreementId).retrieve().body(ITEMS).items();
    }

    private ActionItem read(String itemId) {
        return services.actions().get().uri("/api/actions/{id}", itemId).retrieve().body(ActionItem.class);
    }
}
