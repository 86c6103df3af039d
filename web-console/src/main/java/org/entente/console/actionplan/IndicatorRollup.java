package org.entente.console.actionplan;

import java.util.List;

/** Indicator totals across agreements, by country and by theme (GET /api/indicators). */
public record IndicatorRollup(List<CountryTotal> byCountry, List<ThemeTotal> byTheme) {

    public IndicatorRollup {
        byCountry = byCountry == null ? List.of() : byCountry;
        byTheme = byTheme == null ? List.of() : byTheme;
    }

    public record CountryTotal(String country, String indicator, String unit, Double target, double actual, long items) {
    }

    public record ThemeTotal(String theme, String indicator, String unit, Double target, double actual, long items) {
    }
}
