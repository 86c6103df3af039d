package org.entente.actions.action;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.entente.platform.domain.Refusal;
import org.springframework.stereotype.Component;

/**
 * The dependencies between the items of one plan: each must name an item of the same plan,
 * and together they must never form a cycle (no item could ever start).
 */
@Component
class Dependencies {

    private final ActionQueries queries;

    Dependencies(ActionQueries queries) {
        this.queries = queries;
    }

    /**
     * Checks the dependencies an item (null id: not created yet) would have.
     *
     * @throws Refusal naming the unknown dependency, or the cycle by references
     */
    void check(String agreementId, String itemId, String itemReference, List<String> dependsOn) {
        if (dependsOn.isEmpty()) {
            return;
        }
        Map<String, ActionItem> plan = queries.ofAgreement(agreementId).stream()
                .collect(Collectors.toMap(ActionItem::id, Function.identity()));
        for (int i = 0; i < dependsOn.size(); i++) {
            String dependency = dependsOn.get(i);
            if (dependency.equals(itemId)) {
                throw Refusal.missing("dependsOn[" + i + "]", "an item cannot depend on itself");
            }
            if (!plan.containsKey(dependency)) {
                throw Refusal.missing("dependsOn[" + i + "]",
                        "no action item of this agreement's plan has id " + dependency);
            }
        }
        if (itemId == null) {
            return; // nothing depends on an item not created yet: it cannot close a cycle
        }
        Map<String, List<String>> edges = new HashMap<>();
        plan.values().forEach(item -> edges.put(item.id(), item.details().dependsOn()));
        edges.put(itemId, dependsOn);
        List<String> cycle = pathBack(itemId, itemId, edges, new ArrayList<>(), new java.util.HashSet<>());
        if (cycle != null) {
            Map<String, String> references = new HashMap<>();
            plan.values().forEach(item -> references.put(item.id(), item.details().reference()));
            references.put(itemId, itemReference);
            List<String> named = new ArrayList<>();
            named.add(itemReference);
            cycle.forEach(id -> named.add(references.get(id)));
            throw Refusal.missing("dependsOn", "would make a cycle: " + String.join(" -> ", named))
                    .with("cycle", named);
        }
    }

    /** References of the item's dependencies that are not done yet. */
    List<String> pending(ActionItem item) {
        if (item.details().dependsOn().isEmpty()) {
            return List.of();
        }
        return queries.ofAgreement(item.agreementId()).stream()
                .filter(other -> item.details().dependsOn().contains(other.id()) && other.status() != ActionStatus.DONE)
                .map(other -> other.details().reference()).sorted().toList();
    }

    /** A path of dependencies from {@code from} back to {@code target}, or null when there is none. */
    private static List<String> pathBack(String from, String target, Map<String, List<String>> edges, List<String> path,
                                         java.util.Set<String> visited) {
        for (String next : edges.getOrDefault(from, List.of())) {
            path.add(next);
            if (next.equals(target)) {
                return path;
            }
            if (visited.add(next)) {
                List<String> found = pathBack(next, target, edges, path, visited);
                if (found != null) {
                    return found;
                }
            }
            path.remove(path.size() - 1);
        }
        return null;
    }
}
