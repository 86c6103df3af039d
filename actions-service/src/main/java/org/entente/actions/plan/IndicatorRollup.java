package org.entente.actions.plan;

import java.util.List;

/**
 * Indicator totals across agreements (cancelled items left out), summed per agreement, per
 * country and per theme. An agreement counts for each country among its parties and for each
 * of its themes, so the totals of different countries (or themes) must not be added together.
 */
public record IndicatorRollup(List<AgreementTotal> byAgreement, List<CountryTotal> byCountry,
                              List<ThemeTotal> byTheme) {

    public record AgreementTotal(String agreementId, String code, String indicator, String unit, Double target,
                                 double actual, long items) {
    }

    public record CountryTotal(String country, String indicator, String unit, Double target, double actual,
                               long items) {
    }

    public record ThemeTotal(String theme, String indicator, String unit, Double target, double actual, long items) {
    }
}
