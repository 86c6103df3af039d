package org.entente.actions.iati;

import java.util.Map;
import java.util.Set;

import org.entente.actions.action.ActionStatus;

/**
 * The IATI 2.03 code lists the export uses (iatistandard.org/en/iati-standard/203/codelists),
 * and how Entente's own values map onto them.
 */
final class IatiCodes {

    static final String VERSION = "2.03";

    /** ActivityStatus. */
    static final String PIPELINE = "1";
    static final String IMPLEMENTATION = "2";
    static final String FINALISATION = "3";
    static final String CLOSED = "4";
    static final String CANCELLED = "5";
    static final String SUSPENDED = "6";
    static final Set<String> ACTIVITY_STATUS = Set.of(PIPELINE, IMPLEMENTATION, FINALISATION, CLOSED, CANCELLED, SUSPENDED);

    /** ActivityDateType. */
    static final String PLANNED_START = "1";
    static final String ACTUAL_START = "2";
    static final String PLANNED_END = "3";
    static final String ACTUAL_END = "4";
    static final Set<String> ACTIVITY_DATE_TYPE = Set.of(PLANNED_START, ACTUAL_START, PLANNED_END, ACTUAL_END);

    /** OrganisationRole: 1 Funding, 2 Accountable, 3 Extending, 4 Implementing. */
    static final Set<String> ORGANISATION_ROLE = Set.of("1", "2", "3", "4");

    /** OrganisationType. */
    static final Set<String> ORGANISATION_TYPE = Set.of("10", "11", "15", "21", "22", "23", "24", "30", "40", "60",
            "70", "71", "72", "73", "80", "90");

    /** RelatedActivityType: 1 Parent, 2 Child. */
    static final String PARENT = "1";
    static final String CHILD = "2";

    /** DescriptionType 1: General. */
    static final String GENERAL_DESCRIPTION = "1";

    /** SectorVocabulary 1: OECD DAC CRS purpose codes (5 digit). */
    static final String DAC_5 = "1";

    /** DocumentCategory: A09 Memorandum of understanding, A11 Contract. */
    static final String MEMORANDUM = "A09";
    static final String CONTRACT = "A11";
    static final Set<String> DOCUMENT_CATEGORY = Set.of("A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08",
            MEMORANDUM, "A10", CONTRACT, "A12", "B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09", "B10",
            "B11", "B12", "B13", "B14", "B15", "B16", "B17", "B18");

    /** ResultType 1: Output (an item delivers outputs). */
    static final String OUTPUT = "1";

    /** IndicatorMeasure 1: Unit. */
    static final String UNIT = "1";

    private IatiCodes() {
    }

    /** An agreement's lifecycle as an ActivityStatus. */
    static String activityStatus(String agreementStatus) {
        return switch (agreementStatus == null ? "" : agreementStatus) {
            case "SIGNED", "ACTIVE" -> IMPLEMENTATION;
            case "SUSPENDED" -> SUSPENDED;
            case "EXPIRED", "TERMINATED" -> CLOSED;
            case "ABANDONED" -> CANCELLED;
            default -> PIPELINE; // DRAFT, NEGOTIATION
        };
    }

    /** An item's workflow as an ActivityStatus. */
    static String activityStatus(ActionStatus status) {
        return switch (status) {
            case PLANNED -> PIPELINE;
            case IN_PROGRESS -> IMPLEMENTATION;
            case BLOCKED -> SUSPENDED;
            case DONE -> CLOSED;
            case CANCELLED -> CANCELLED;
        };
    }

    /**
     * A party's role as an OrganisationRole: funders fund, signatories answer for the activity,
     * partners and implementers carry it out. Observers take no part IATI names: null.
     */
    static String organisationRole(String partyRole) {
        return ROLES.get(partyRole);
    }

    private static final Map<String, String> ROLES = Map.of("FUNDER", "1", "SIGNATORY", "2", "PARTNER", "4",
            "IMPLEMENTER", "4");
}
