package org.entente.console.actionplan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.console.Page;
import org.entente.console.Services;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriBuilder;

/**
 * Action items across all agreements: "my items" (the signed-in user's, by the owner's name) and
 * "late items" (open ones past their due date), both filterable by owner, status, category and due date.
 */
@Controller
class ItemListPages {

    private static final List<String> FILTERS = List.of("owner", "status", "category", "dueBefore");

    private final Services services;

    ItemListPages(Services services) {
        this.services = services;
    }

    @GetMapping("/actions/mine")
    String mine(@RequestParam Map<String, String> query, @RequestParam(defaultValue = "0") int page, Authentication user,
                Model model) {
        Map<String, String> filters = filters(query);
        filters.putIfAbsent("owner", Viewer.name(user));
        return list("mine", filters, false, page, model);
    }

    @GetMapping("/actions/late")
    String late(@RequestParam Map<String, String> query, @RequestParam(defaultValue = "0") int page, Model model) {
        return list("late", filters(query), true, page, model);
    }

    private String list(String view, Map<String, String> filters, boolean overdue, int page, Model model) {
        Page<ActionItem> items = services.actions().get().uri(uri -> {
            UriBuilder built = uri.path("/api/actions").queryParam("page", Math.max(page, 0)).queryParam("size", 50);
            filters.forEach(built::queryParam);
            if (overdue) {
                built.queryParam("overdue", true);
            }
            return built.build();
        }).retrieve().body(ActionPlanPages.ITEMS);
        model.addAttribute("view", view);
        model.addAttribute("items", items);
        model.addAttribute("filters", filters);
        model.addAttribute("statuses", ActionPlanPages.STATUSES);
        model.addAttribute("categories", ItemForm.CATEGORIES);
        return "actionplan/items";
    }

    private static Map<String, String> filters(Map<String, String> query) {
        Map<String, String> filters = new LinkedHashMap<>();
        FILTERS.forEach(name -> {
            if (StringUtils.hasText(query.get(name))) {
                filters.put(name, query.get(name).trim());
            }
        });
        return filters;
    }
}
