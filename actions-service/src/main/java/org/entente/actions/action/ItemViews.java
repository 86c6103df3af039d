package org.entente.actions.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/** Items as the API shows them, with why each is late: a planned item's dependencies are read from its plan. */
@Component
class ItemViews {

    private final ActionQueries queries;
    private final Clock clock;

    ItemViews(ActionQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    ActionItemView of(ActionItem item) {
        return forItems(List.of(item)).apply(item);
    }

    /** A view maker for these items, having read once the plans their pending dependencies are in. */
    Function<ActionItem, ActionItemView> forItems(Collection<ActionItem> items) {
        Map<String, ActionItem> plans = new HashMap<>();
        items.forEach(item -> plans.put(item.id(), item));
        List<String> waiting = items.stream()
                .filter(item -> item.status() == ActionStatus.PLANNED && !item.details().dependsOn().isEmpty())
                .map(ActionItem::agreementId).distinct().toList();
        if (!waiting.isEmpty()) {
            queries.ofAgreements(waiting).forEach(other -> plans.putIfAbsent(other.id(), other));
        }
        LocalDate today = LocalDate.now(clock);
        return item -> ActionItemView.of(item, Lateness.of(item, plans, today));
    }
}
