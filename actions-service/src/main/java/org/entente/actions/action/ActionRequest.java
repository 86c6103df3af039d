package org.entente.actions.action;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.entente.actions.action.ActionRecords.Indicator;
import org.entente.actions.action.ActionRecords.Milestone;
import org.entente.actions.action.ActionRecords.Owner;

/** An action item as managers enter it: the body of POST and PUT, and what a merge patch applies to. */
public record ActionRequest(
        @NotBlank
        @Size(max = 32)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*", message = "must be letters, digits and . _ / - (e.g. KZ-1)")
        String reference,

        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String description,
        @NotNull ActionCategory category,
        @Valid OwnerRequest owner,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> responsibleOrganizations,
        LocalDate startDate,
        LocalDate dueDate,
        /* How much the item counts in the plan's weighted completion; 1 when absent. */
        @Min(1) @Max(100) Integer weight,
        @Size(max = 50) List<@NotNull @Valid MilestoneRequest> milestones,
        @Size(max = 20) List<@NotNull @Valid IndicatorRequest> indicators,
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> dependsOn) {

    public record OwnerRequest(@NotBlank @Size(max = 200) String name, @Email @Size(max = 320) String email,
                               @Size(max = 200) String userId) {
    }

    public record MilestoneRequest(@NotBlank @Size(max = 200) String title, LocalDate dueDate) {
    }

    /** An indicator; its baseline, like its target, is optional, and its baseline date needs a baseline. */
    public record IndicatorRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 50) String unit,
            @PositiveOrZero @DecimalMax("1000000000000") Double target,
            @PositiveOrZero @DecimalMax("1000000000000") Double baseline,
            LocalDate baselineDate) {
    }

    ActionItem.Details details() {
        return new ActionItem.Details(reference, title, description, category,
                owner == null ? null : new Owner(owner.name(), owner.email(),
                        owner.userId() == null || owner.userId().isBlank() ? null : owner.userId().trim()),
                responsibleOrganizations == null ? List.of() : responsibleOrganizations,
                startDate, dueDate, weight == null ? 1 : weight,
                milestones == null ? List.of()
                        : milestones.stream().map(milestone -> new Milestone(milestone.title().trim(), milestone.dueDate(), null)).toList(),
                indicators == null ? List.of()
                        : indicators.stream().map(indicator -> new Indicator(indicator.name().trim(), indicator.unit(),
                                indicator.target(), 0, indicator.baseline(), indicator.baselineDate())).toList(),
                dependsOn == null ? List.of() : dependsOn);
    }

    /** The request that would reproduce the item's details: what a merge patch is applied to. */
    static ActionRequest of(ActionItem item) {
        return new ActionRequest(item.details().reference(), item.details().title(), item.details().description(), item.details().category(),
                item.details().owner() == null ? null : new OwnerRequest(item.details().owner().name(), item.details().owner().email(),
                        item.details().owner().userId()),
                item.details().responsibleOrganizations(), item.details().startDate(), item.details().dueDate(), item.details().weight(),
                item.details().milestones().stream().map(milestone -> new MilestoneRequest(milestone.title(), milestone.dueDate())).toList(),
                item.details().indicators().stream().map(indicator -> new IndicatorRequest(indicator.name(), indicator.unit(),
                        indicator.target(), indicator.baseline(), indicator.baselineDate())).toList(),
                item.details().dependsOn());
    }
}
