package org.entente.actions.action;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

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
import org.entente.platform.web.IfMatch;
import org.entente.platform.web.PageResponse;
import org.entente.platform.web.Paging;
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
    private final MovingActionItem moving;
    private final RecordingProgress recording;
    private final ItemViews views;

    ActionWorkflowController(AggregateStore<ActionItem> actions, MovingActionItem moving, RecordingProgress recording,
                             ItemViews views) {
        this.actions = actions;
        this.moving = moving;
        this.recording = recording;
        this.views = views;
    }

    @PostMapping("/status")
    @Operation(summary = "Move the item in its workflow",
            description = "PLANNED -> IN_PROGRESS -> DONE; PLANNED|IN_PROGRESS -> BLOCKED (with a reason) -> "
                    + "PLANNED|IN_PROGRESS; open items -> CANCELLED (with a reason). DONE needs 100% and starting "
                    + "needs the dependencies done, unless override gives the reason. Emits "
                    + "entente.action.status-changed.v1, or entente.action.cancelled.v1 for CANCELLED.")
    ResponseEntity<ActionItemView> changeStatus(@PathVariable String id,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Validated @RequestBody StatusRequest request) {
        ActionItem item = moving.move(id, IfMatch.optionalVersion(ifMatch), request.status(), trimmed(request.reason()),
                request.override());
        return IfMatch.ok(item.version(), views.of(item));
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
        ActionItem item = recording.record(id, IfMatch.optionalVersion(ifMatch),
                new RecordingProgress.Report(trimmed(request.note()), request.percentComplete(), values, milestones));
        return IfMatch.created("/api/actions/" + id + "/progress", item.version(), RecordingProgress.latestEntry(item));
    }

    @GetMapping("/progress")
    @Operation(summary = "The item's progress log, newest first")
    PageResponse<ProgressEntry> progress(@PathVariable String id,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "20") int size) {
        PageRequest paging = Paging.of(page, size, null, Set.of(), Sort.unsorted());
        List<ProgressEntry> log = new ArrayList<>(actions.get(id).workflow().progress());
        Collections.reverse(log);
        int from = (int) Math.min(paging.getOffset(), log.size());
        int to = Math.min(from + size, log.size());
        return PageResponse.of(new PageImpl<>(log.subList(from, to), paging, log.size()));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

}
