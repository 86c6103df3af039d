package org.entente.console.actionplan;

import java.util.List;
import java.util.Locale;

import org.entente.console.Services;
import org.entente.console.form.FormErrors;
import org.entente.console.form.FormPost;
import org.entente.console.form.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;

/** Indicator totals across agreements by country and by theme: a bar chart each, the numbers in a table beside it. */
@Controller
class IndicatorPages {

    private final Services services;

    IndicatorPages(Services services) {
        this.services = services;
    }

    @GetMapping("/indicators")
    String rollup(@RequestParam(required = false) String country, @RequestParam(required = false) String theme, Model model) {
        String chosenCountry = FormPost.blankToNull(country) == null ? null : country.trim().toUpperCase(Locale.ROOT);
        String chosenTheme = FormPost.blankToNull(theme);
        IndicatorRollup rollup;
        FormErrors errors = FormErrors.NONE;
        try {
            rollup = services.actions().get().uri(uri -> {
                uri.path("/api/indicators");
                if (chosenCountry != null) {
                    uri.queryParam("country", chosenCountry);
                }
                if (chosenTheme != null) {
                    uri.queryParam("theme", chosenTheme);
                }
                return uri.build();
            }).retrieve().body(IndicatorRollup.class);
        } catch (HttpClientErrorException.BadRequest refused) {
            // A filter the service cannot read: its message beside the filter, no totals.
            rollup = new IndicatorRollup(List.of(), List.of());
            errors = FormErrors.of(Problem.of(refused));
        }
        List<IndicatorRollup.CountryTotal> countries = rollup.byCountry().stream()
                .filter(total -> chosenCountry == null || chosenCountry.equals(total.country())).toList();
        List<IndicatorRollup.ThemeTotal> themes = rollup.byTheme().stream()
                .filter(total -> chosenTheme == null || chosenTheme.equals(total.theme())).toList();
        model.addAttribute("errors", errors);
        model.addAttribute("country", chosenCountry);
        model.addAttribute("theme", chosenTheme);
        model.addAttribute("countries", countries);
        model.addAttribute("themes", themes);
        model.addAttribute("countryChart", Bars.of(countries.stream()
                .map(total -> new Bars.Value(total.country() + " · " + total.indicator(), total.unit(), total.actual(),
                        total.target())).toList()));
        model.addAttribute("themeChart", Bars.of(themes.stream()
                .map(total -> new Bars.Value(total.theme() + " · " + total.indicator(), total.unit(), total.actual(),
                        total.target())).toList()));
        return "actionplan/indicators";
    }
}
