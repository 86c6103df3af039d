package org.entente.benchmark;

import java.util.Map;

/** The figures as a Markdown table: one row per measure, nested maps flattened with dots. */
final class Report {

    private Report() {
    }

    static String markdown(Map<String, Object> report) {
        StringBuilder table = new StringBuilder("| measure | value |\n| --- | --- |\n");
        rows(table, "", report);
        return table.toString();
    }

    @SuppressWarnings("unchecked")
    private static void rows(StringBuilder table, String prefix, Map<String, Object> values) {
        values.forEach((name, value) -> {
            String key = prefix.isEmpty() ? name : prefix + "." + name;
            if (value instanceof Map<?, ?> nested) {
                rows(table, key, (Map<String, Object>) nested);
            } else {
                table.append("| ").append(key).append(" | ").append(value).append(" |\n");
            }
        });
    }
}
