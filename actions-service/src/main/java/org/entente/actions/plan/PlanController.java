package org.entente.actions.plan;

import java.time.Clock;
import java.time.LocalDate;

import org.entente.actions.agreement.AgreementDirectory;
import org.entente.platform.replica.AgreementReplica;
import org.entente.platform.validation.CountryCodeValidator;
import org.entente.platform.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "Action plans")
class PlanController {

    private final PlanQueries queries;
    private final AgreementDirectory agreements;
    private final Clock clock;

    PlanController(PlanQueries queries, AgreementDirectory agreements, Clock clock) {
        this.queries = queries;
        this.agreements = agreements;
        this.clock = clock;
    }

    @GetMapping("/agreements/{agreementId}/plan")
    @Operation(summary = "The agreement's action-plan summary",
            description = "Counts by status, completion weighted by each item's weight (cancelled items left out), "
                    + "open items past their due date, the next five due dates, indicator totals against targets.")
    PlanSummary plan(@PathVariable String agreementId) {
        AgreementReplica agreement = agreements.find(agreementId)
                .orElseThrow(() -> ProblemException.notFound("agreement", agreementId));
        return queries.summary(agreement, LocalDate.now(clock));
    }

    @GetMapping("/indicators")
    @Operation(summary = "Indicator totals across agreements, by agreement, country and theme",
            description = "Cancelled items are left out. An agreement counts for each of its parties' countries and "
                    + "each of its themes; country and theme narrow the agreements considered.")
    IndicatorRollup indicators(@RequestParam(required = false) String agreementId,
                               @RequestParam(required = false) String country,
                               @RequestParam(required = false) String theme) {
        if (country != null && !CountryCodeValidator.isCountryCode(country)) {
            throw ProblemException.badRequest("country", "must be an ISO 3166-1 alpha-2 country code such as FR or KZ");
        }
        if (theme != null && (theme.isBlank() || theme.length() > 50)) {
            throw ProblemException.badRequest("theme", "must be a tag of 1 to 50 characters such as leadership");
        }
        if (agreementId != null && agreementId.length() > 100) {
            throw ProblemException.badRequest("agreementId", "must be at most 100 characters");
        }
        return queries.rollup(agreementId, country, theme);
    }
}
