package org.entente.console.actionplan;

/** Element ids made from an item's reference ({@code KZ-1}), so tests and links can name an item. */
final class PlanIds {

    private PlanIds() {
    }

    static String of(String reference) {
        return reference == null ? "" : reference.replaceAll("[^A-Za-z0-9]+", "-");
    }
}
