package org.entente.actions.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.entente.actions.action.ActionRequest.MilestoneRequest;

/**
 * An item's milestones in one cell, as a plan is kept in a spreadsheet:
 * "Kick-off seminar (2025-09-15); Final report (30/06/2026)", the date in brackets optional. Titles
 * cannot hold ";".
 */
public final class PlanCells {

    private static final Pattern WITH_DATE = Pattern.compile("(.*?)\\s*\\(([^()]*)\\)\\s*");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private PlanCells() {
    }

    /** The milestones of the cell; a date that cannot be read is an {@link IllegalArgumentException} naming it. */
    static List<MilestoneRequest> milestones(String cell) {
        List<MilestoneRequest> milestones = new ArrayList<>();
        if (cell == null) {
            return milestones;
        }
        for (String part : cell.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher dated = WITH_DATE.matcher(part.trim());
            // "Report (draft)" is a title; brackets of digits and separators hold a date, read or refused.
            if (dated.matches() && dated.group(2).trim().matches("[\\d\\s/.-]+")) {
                milestones.add(new MilestoneRequest(dated.group(1).trim(), date(dated.group(2).trim())));
            } else {
                milestones.add(new MilestoneRequest(part.trim(), null));
            }
        }
        return milestones;
    }

    /** A date as YYYY-MM-DD or DD/MM/YYYY; one that cannot be read is an {@link IllegalArgumentException} naming it. */
    static LocalDate date(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(text);
        }
    }

    /** The cell as {@link #milestones(String)} reads it, dates as the language's spreadsheets write them. */
    public static String milestones(List<MilestoneRequest> milestones, Locale language) {
        return milestones.stream().map(milestone -> milestone.dueDate() == null ? milestone.title()
                : milestone.title() + " (" + date(milestone.dueDate(), language) + ")").collect(Collectors.joining("; "));
    }

    /** A date in a list cell as the language's spreadsheets write it, as {@link #date(String)} reads it back. */
    public static String date(LocalDate day, Locale language) {
        return (Locale.FRENCH.equals(language) ? FRENCH_DATE : DateTimeFormatter.ISO_LOCAL_DATE).format(day);
    }
}
