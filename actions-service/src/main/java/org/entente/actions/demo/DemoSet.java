package org.entente.actions.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo action plans, drawn from the seed documents: the INSP–Kazakhstan memorandum of
 * 14 November 2025 (leadership training for senior officials, technological modernisation of
 * public administration, exchanges on AI and digitalisation, Kazakh students in the CIL, CIP
 * and PIC programmes, joint actions from 2026) and Expertise France's programme with Viet Nam
 * (two cohorts of 20 managers trained, over 300 participants in the self-paced course).
 * Owners and dates the sources do not give are left empty, but for the two trainings below.
 */
final class DemoSet {

    private DemoSet() {
    }

    static final String INSP = "Institut national du service public";
    static final String ACSA = "Agency for Civil Service Affairs of the Republic of Kazakhstan";
    static final String EXPERTISE_FRANCE = "Expertise France";
    static final String POLYTECHNIQUE = "École polytechnique Executive Education";

    /** An item to add, by reference, with the workflow moves and progress entries that follow its creation. */
    record DemoItem(String reference, Map<String, Object> body, List<String> dependsOnReferences, List<Step> steps) {
    }

    /** A POST to the item's {@code /status} or {@code /progress}. */
    record Step(String path, Map<String, Object> body) {
    }

    /** An agreement's plan, found by the agreement's code in the replica. */
    record DemoPlan(String agreementCode, List<DemoItem> items) {
    }

    static final List<DemoPlan> PLANS = List.of(
            new DemoPlan("INSP-KZ-2025-01", List.of(
                    new DemoItem("KZ-1", item("Set up the joint projects of the action plan", "OTHER",
                            "Discussions continue to set up the projects the action plan lists; joint actions are "
                                    + "envisaged from 2026.",
                            List.of(INSP, ACSA), null, null, List.of(), List.of()),
                            List.of(), List.of(status("IN_PROGRESS"))),
                    // "Joint actions from 2026": the trainings start then. The sources give no end date; the end
                    // of 2026 is a plausible one, set so the plan has deadlines to show.
                    new DemoItem("KZ-2", item("Leadership training for senior Kazakh officials", "TRAINING",
                            "New INSP training for senior officials of Kazakhstan in leadership.",
                            List.of(INSP, ACSA), "2026-01-01", "2026-12-31",
                            List.of(), List.of(indicator("senior officials trained", "officials"))),
                            List.of("KZ-1"), List.of()),
                    new DemoItem("KZ-3", item("Training in the technological modernisation of public administration",
                            "TRAINING", "New INSP training for senior officials of Kazakhstan in the technological "
                                    + "modernisation of public administration.",
                            List.of(INSP, ACSA), "2026-01-01", "2026-12-31",
                            List.of(), List.of(indicator("senior officials trained", "officials"))),
                            List.of("KZ-1"), List.of()),
                    new DemoItem("KZ-4", item("Exchanges of experience on civil service in the age of artificial "
                                    + "intelligence and digitalisation", "EXCHANGE_OF_EXPERTS",
                            "Exchanges on the work of civil servants as artificial intelligence and digitalisation develop.",
                            List.of(INSP, ACSA), "2026-01-01", null, List.of(), List.of()),
                            List.of("KZ-1"), List.of()),
                    new DemoItem("KZ-5", item("Kazakh students in the CIL, CIP and PIC programmes", "PROGRAMME_ADMISSION",
                            "Hosting Kazakh students in the INSP's international cycles (CIL, CIP and PIC). Eight "
                                    + "Kazakh alumni of the ENA and the INSP so far; one student has just completed "
                                    + "the CIL (Gisèle Halimi class).",
                            List.of(INSP, ACSA), null, null, List.of(), List.of(indicator("students admitted", "students"))),
                            List.of(), List.of()))),
            new DemoPlan("EF-VN-2019-01", List.of(
                    new DemoItem("VN-1", item("Synchronous online training path for managers", "TRAINING",
                            "Live online training-action course on the digital transformation of administrations "
                                    + "(technologies for the administration, innovating with and for users, supporting "
                                    + "change), designed with the École polytechnique Executive Education and the ENA.",
                            List.of(EXPERTISE_FRANCE, POLYTECHNIQUE, INSP), null, null,
                            List.of(milestone("First cohort certified"), milestone("Second cohort trained")),
                            List.of(indicator("managers trained", "managers", 40))),
                            List.of(), List.of(status("IN_PROGRESS"),
                                    progress("First cohort of 20 managers received their certificates in Hanoi on "
                                                    + "15 March 2021.", 50, "managers trained", 20, "First cohort certified"),
                                    progress("Second cohort of 20 managers trained.", 100, "managers trained", 40,
                                            "Second cohort trained"),
                                    status("DONE"))),
                    new DemoItem("VN-2", item("Self-paced course: SPOC and virtual classes", "TRAINING",
                            "Asynchronous path combining a small private online course and virtual classes, open to "
                                    + "a wider public of Vietnamese civil servants in several provinces.",
                            List.of(EXPERTISE_FRANCE, POLYTECHNIQUE, INSP), null, null,
                            List.of(), List.of(indicator("participants", "participants"))),
                            List.of(), List.of(status("IN_PROGRESS"),
                                    progress("Followed by more than 300 participants across provinces.", 100,
                                            "participants", 300, null),
                                    status("DONE"))))));

    private static Map<String, Object> item(String title, String category, String description,
                                            List<String> organizations, String startDate, String dueDate,
                                            List<Map<String, Object>> milestones, List<Map<String, Object>> indicators) {
        Map<String, Object> item = new HashMap<>();
        item.put("title", title);
        item.put("category", category);
        item.put("description", description);
        item.put("responsibleOrganizations", organizations);
        item.put("startDate", startDate);
        item.put("dueDate", dueDate);
        item.put("milestones", milestones);
        item.put("indicators", indicators);
        return item;
    }

    private static Map<String, Object> indicator(String name, String unit) {
        return Map.of("name", name, "unit", unit);
    }

    private static Map<String, Object> indicator(String name, String unit, double target) {
        return Map.of("name", name, "unit", unit, "target", target);
    }

    private static Map<String, Object> milestone(String title) {
        return Map.of("title", title);
    }

    private static Step status(String status) {
        return new Step("/status", Map.of("status", status));
    }

    private static Step progress(String note, int percent, String indicator, double value, String milestone) {
        Map<String, Object> body = new HashMap<>();
        body.put("note", note);
        body.put("percentComplete", percent);
        body.put("indicatorValues", List.of(Map.of("name", indicator, "value", value)));
        body.put("milestonesReached", milestone == null ? List.of() : List.of(milestone));
        return new Step("/progress", body);
    }
}
