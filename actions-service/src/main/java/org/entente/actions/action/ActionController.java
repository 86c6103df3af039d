package org.entente.actions.action;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.entente.actions.agreement.AgreementDirectory;
import org.entente.platform.replica.AgreementReplica;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.web.IfMatch;
import org.entente.platform.web.MergePatch;
import org.entente.platform.web.PageResponse;
import org.entente.platform.web.Paging;
import org.entente.platform.web.ProblemException;
import org.entente.platform.web.RequestValidator;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api")
@Tag(name = "Action items")
@Validated
class ActionController {

    private final AggregateStore<ActionItem> actions;
    private final ActionQueries queries;
    private final AgreementDirectory agreements;
    private final Dependencies dependencies;
    private final AddingActionItem adding;
    private final RequestValidator validator;
    private final ItemViews views;
    private final Clock clock;

    ActionController(AggregateStore<ActionItem> actions, ActionQueries queries, AgreementDirectory agreements,
                     Dependencies dependencies, AddingActionItem adding, RequestValidator validator, ItemViews views,
                     Clock clock) {
        this.actions = actions;
        this.queries = queries;
        this.agreements = agreements;
        this.dependencies = dependencies;
        this.adding = adding;
        this.validator = validator;
        this.views = views;
        this.clock = clock;
    }

    @PostMapping("/agreements/{agreementId}/actions")
    @Operation(summary = "Add an item to an agreement's action plan",
            description = "Starts as PLANNED. An agreement not yet known here is asked of agreements-service once "
                    + "(404 if it does not exist, 503 with Retry-After if it cannot say); a terminated, expired or "
                    + "abandoned agreement takes no new item (409). Emits entente.action.created.v1.")
    ResponseEntity<ActionItemView> create(@PathVariable String agreementId, @Validated @RequestBody ActionRequest request) {
        ActionItem item = adding.add(agreementId, request);
        return IfMatch.created("/api/actions/" + item.id(), item.version(), views.of(item));
    }

    @GetMapping("/actions/{id}")
    @Operation(summary = "Read an action item")
    ResponseEntity<ActionItemView> read(@PathVariable String id) {
        ActionItem item = actions.get(id);
        return IfMatch.ok(item.version(), views.of(item));
    }

    @PutMapping("/actions/{id}")
    @Operation(summary = "Replace an item's details",
            description = "Needs If-Match. Status and progress change through /status and /progress; indicators "
                    + "keep their actual values and milestones their reached dates, matched by name and title. "
                    + "Emits entente.action.updated.v1.")
    ResponseEntity<ActionItemView> replace(@PathVariable String id,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @Validated @RequestBody ActionRequest request) {
        return edit(id, IfMatch.version(ifMatch), request);
    }

    @PatchMapping(path = "/actions/{id}", consumes = {MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Change some of an item's details (JSON merge patch)",
            description = "Needs If-Match. null removes a field. Emits entente.action.updated.v1.")
    ResponseEntity<ActionItemView> patch(@PathVariable String id,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @RequestBody(required = false) JsonNode patch) {
        long clientVersion = IfMatch.version(ifMatch);
        ActionItem current = actions.get(id);
        ActionRequest request = validator.patch(ActionRequest.of(current), patch);
        return edit(id, clientVersion, request);
    }

    @DeleteMapping("/actions/{id}")
    @Operation(summary = "Cancel an item (soft delete)",
            description = "Needs If-Match. The item stays readable as CANCELLED with the reason. A cancelled item "
                    + "answers 200 again and changes nothing; a done item cannot be cancelled (409). "
                    + "Emits entente.action.cancelled.v1.")
    ResponseEntity<ActionItemView> cancel(@PathVariable String id,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      @RequestParam(required = false) @Size(max = 2000) String reason) {
        long clientVersion = IfMatch.version(ifMatch);
        String why = reason == null || reason.isBlank() ? "Removed from the plan" : reason.trim();
        ActionItem item = actions.change(id, clientVersion, current -> current.cancel(why, false, clock.instant()));
        return IfMatch.ok(item.version(), views.of(item));
    }

    @GetMapping("/agreements/{agreementId}/actions")
    @Operation(summary = "List an agreement's action plan", description = "Same filters and lateness as /api/actions.")
    PageResponse<ActionItemView> listOfAgreement(@PathVariable String agreementId,
                                             @RequestParam(required = false) String owner,
                                             @RequestParam(required = false) ActionStatus status,
                                             @RequestParam(required = false) ActionCategory category,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                                             @RequestParam(required = false) Boolean overdue,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "20") int size,
                                             @RequestParam(required = false) String sort) {
        if (agreements.isHidden(agreementId)) {
            throw ProblemException.notFound("agreement", agreementId);
        }
        return list(agreementId, owner, status, category, dueBefore, overdue, page, size, sort);
    }

    @GetMapping("/actions")
    @Operation(summary = "List action items",
            description = "owner matches the owner's e-mail exactly or part of the name, ignoring case; dueBefore keeps "
                    + "items due before that date; overdue=true keeps open items past their due date. "
                    + "Sorted by due date unless sort says otherwise. Each item's lateness says why an open item is "
                    + "late (null when it is not): overdue (past its due date), blocked, waitingOn (the references of "
                    + "the items it depends on that are not done, when it is PLANNED and its start date is reached).")
    PageResponse<ActionItemView> list(@RequestParam(required = false) String agreementId,
                                  @RequestParam(required = false) String owner,
                                  @RequestParam(required = false) ActionStatus status,
                                  @RequestParam(required = false) ActionCategory category,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                                  @RequestParam(required = false) Boolean overdue,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size,
                                  @RequestParam(required = false) String sort) {
        if (owner != null && owner.length() > 320) {
            throw ProblemException.badRequest("owner", "must be at most 320 characters");
        }
        Page<ActionItem> items = queries.list(
                new ActionQueries.Filter(agreementId, owner, status, category, dueBefore, overdue, LocalDate.now(clock)),
                agreements.hiddenIds(),
                Paging.of(page, size, sort, ActionQueries.SORTABLE,
                        Sort.by(Sort.Direction.ASC, "dueDate").and(Sort.by("reference"))));
        return PageResponse.of(items.map(views.forItems(items.getContent())));
    }

    private ResponseEntity<ActionItemView> edit(String id, long clientVersion, ActionRequest request) {
        ActionItem.Details details = request.details();
        ActionItem current = actions.get(id);
        dependencies.check(current.agreementId(), id, details.reference(), details.dependsOn());
        ActionItem item = actions.change(id, clientVersion, found -> found.edit(details, clock.instant()));
        return IfMatch.ok(item.version(), views.of(item));
    }
}
