package org.entente.actions.action;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.entente.actions.action.ActionRecords.IndicatorValue;
import org.entente.actions.action.ActionRecords.ProgressEntry;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.security.Caller;
import org.entente.platform.security.Role;
import org.entente.platform.web.IfMatch;
import org.entente.platform.web.PageResponse;
import org.entente.platform.web.Paging;
import org.entente.platform.web.ProblemException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Moves in the workflow and the progress log. If-Match is optional here: sent, it is checked. */
@RestController
@RequestMapping("/api/actions/{id}")
@Tag(name = "Action items")
class ActionWorkflowController {

    /** A move in the workflow; {@code override} is the reason to pass a guard (done below 100%, dependencies not done). */
    record StatusRequest(@NotNull ActionStatus status, @Size(max = 2000) String reason,
                         @Size(max = 2000) String override) {
    }

    /** A progress entry: at least one of note, percent, indicator values or milestones reached. The author is the caller. */
    record ProgressRequest(
            @Size(max = 4000) String note,
            @Min(0) @Max(100) Integer percentComplete,
            @Size(max = 20) List<@NotNull @Valid IndicatorValueRequest> indicatorValues,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> milestonesReached) {
    }

    /** An indicator's total so far (it becomes the indicator's actual value). */
    record IndicatorValueRequest(@NotBlank @Size(max = 200) String name,
                                 @NotNull @PositiveOrZero @DecimalMax("1000000000000") Double value) {
    }

    private final AggregateStore<ActionItem> actions;
    private final Dependencies dependencies;
    private final Clock clock;

    ActionWorkflowController(AggregateStore<ActionItem> actions, Dependencies dependencies, Clock clock) {
        this.actions = actions;
        this.dependencies = dependencies;
        this.clock = clock;
    }

    @PostMapping("/status")
    @Operation(summary = "Move the item in its workflow",
            description = "PLANNED -> IN_PROGRESS -> DONE; PLANNED|IN_PROGRESS -> BLOCKED (with a reason) -> "
                    + "PLANNED|IN_PROGRESS; open items -> CANCELLED (with a reason). DONE needs 100% and starting "
                    + "needs the dependencies done, unless override gives the reason. Emits "
                    + "entente.action.status-changed.v1, or entente.action.cancelled.v1 for CANCELLED.")
    ResponseEntity<ActionItem> changeStatus(@PathVariable String id,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Validated @RequestBody StatusRequest request) {
        ActionItem item = actions.change(id, clientVersion(ifMatch), current -> current.changeStatus(request.status(),
                trimmed(request.reason()), request.override(),
                request.status() == ActionStatus.IN_PROGRESS ? dependencies.pending(current) : List.of(), clock.instant()));
        return ResponseEntity.ok().eTag(IfMatch.etag(item.version())).body(item);
    }

    @PostMapping("/progress")
    @Operation(summary = "Append an entry to the item's progress log",
            description = "percentComplete becomes the item's; each indicator value becomes that indicator's actual "
                    + "(send the total so far); each milestone named is reached today. Emits "
                    + "entente.action.progress-recorded.v1, then entente.action.milestone-reached.v1 per milestone.")
    ResponseEntity<ProgressEntry> recordProgress(@PathVariable String id,
                                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                 @Validated @RequestBody ProgressRequest request) {
        List<IndicatorValue> values = request.indicatorValues() == null ? List.of()
                : request.indicatorValues().stream().map(value -> new IndicatorValue(value.name().trim(), value.value())).toList();
        List<String> milestones = request.milestonesReached() == null ? List.of()
                : request.milestonesReached().stream().map(String::trim).toList();
        if ((request.note() == null || request.note().isBlank()) && request.percentComplete() == null
                && values.isEmpty() && milestones.isEmpty()) {
            throw ProblemException.badRequest("note",
                    "an entry needs a note, a percentComplete, indicatorValues or milestonesReached");
        }
        LocalDate today = LocalDate.now(clock);
        Caller caller = Caller.current();
        ActionItem item = actions.change(id, clientVersion(ifMatch), current -> {
            if (!caller.hasAny(Role.MANAGER) && (current.owner() == null || !current.owner().is(caller.subject()))) {
                throw ProblemException.forbidden("Only a manager or the item's owner (owner.userId) may record its progress.");
            }
            return current.recordProgress(caller.name(), trimmed(request.note()), request.percentComplete(), values,
                    milestones, today, clock.instant());
        });
        ProgressEntry entry = item.progress().get(item.progress().size() - 1);
        return ResponseEntity.created(URI.create("/api/actions/" + id + "/progress"))
                .eTag(IfMatch.etag(item.version())).body(entry);
    }

    @GetMapping("/progress")
    @Operation(summary = "The item's progress log, newest first")
    PageResponse<ProgressEntry> progress(@PathVariable String id,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "20") int size) {
        PageRequest paging = Paging.of(page, size, null, java.util.Set.of(), Sort.unsorted());
        List<ProgressEntry> log = new java.util.ArrayList<>(actions.get(id).progress());
        java.util.Collections.reverse(log);
        int from = (int) Math.min(paging.getOffset(), log.size());
        int to = Math.min(from + size, log.size());
        return PageResponse.of(new PageImpl<>(log.subList(from, to), paging, log.size()));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Long clientVersion(String ifMatch) {
        return ifMatch == null ? null : IfMatch.version(ifMatch);
    }
}
