package org.entente.actions.iati;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The rules of the IATI 2.03 activity standard for the elements the export emits, checked on a
 * parsed file: the schema's element order, required elements and attributes, code values from
 * the 2.03 code lists (written out here from iatistandard.org, independently of the export's
 * own), and the rulesets' checks (identifiers prefixed by the reporting org, percentages adding
 * to 100, actual dates not in the future, related activities that exist). Returns the breaks.
 */
final class Iati203Rules {

    /** The iati-activity sequence of iati-activities-schema.xsd 2.03. */
    static final List<String> ACTIVITY_ORDER = List.of("iati-identifier", "reporting-org", "title", "description",
            "participating-org", "other-identifier", "activity-status", "activity-date", "contact-info",
            "activity-scope", "recipient-country", "recipient-region", "location", "sector", "tag",
            "country-budget-items", "humanitarian-scope", "policy-marker", "collaboration-type", "default-flow-type",
            "default-finance-type", "default-aid-type", "default-tied-status", "budget", "planned-disbursement",
            "capital-spend", "transaction", "document-link", "related-activity", "legacy-data", "conditions", "result",
            "crs-add", "fss");
    static final List<String> RESULT_ORDER = List.of("title", "description", "document-link", "reference", "indicator");
    static final List<String> INDICATOR_ORDER = List.of("title", "description", "document-link", "reference",
            "baseline", "period");
    static final List<String> PERIOD_ORDER = List.of("period-start", "period-end", "target", "actual");
    static final List<String> DOCUMENT_LINK_ORDER = List.of("title", "description", "category", "language",
            "document-date");

    static final Set<String> ACTIVITY_STATUS = Set.of("1", "2", "3", "4", "5", "6");
    static final Set<String> ACTIVITY_DATE_TYPE = Set.of("1", "2", "3", "4");
    static final Set<String> ORGANISATION_ROLE = Set.of("1", "2", "3", "4");
    static final Set<String> ORGANISATION_TYPE = Set.of("10", "11", "15", "21", "22", "23", "24", "30", "40", "60",
            "70", "71", "72", "73", "80", "90");
    static final Set<String> RELATED_ACTIVITY_TYPE = Set.of("1", "2", "3", "4", "5");
    static final Set<String> RESULT_TYPE = Set.of("1", "2", "3", "9");
    static final Set<String> INDICATOR_MEASURE = Set.of("1", "2", "3", "4", "5");
    static final Set<String> DESCRIPTION_TYPE = Set.of("1", "2", "3", "4");
    /** The Language code list is ISO 639-1. */
    static final Set<String> LANGUAGE = Set.of(Locale.getISOLanguages());
    static final Set<String> DOCUMENT_CATEGORY_A = Set.of("A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08",
            "A09", "A10", "A11", "A12");
    /** DAC 5-digit purpose codes the settings map themes to (Sector code list, vocabulary 1). */
    static final Set<String> DAC_5 = Set.of("11420", "11430", "15110", "15111", "15112", "15113", "15130", "15150",
            "22040");

    private final List<String> breaks = new ArrayList<>();

    static List<String> check(Element root, String today) {
        Iati203Rules rules = new Iati203Rules();
        rules.activities(root, today);
        return rules.breaks;
    }

    private void activities(Element root, String today) {
        expect(root.getTagName().equals("iati-activities"), "the root is iati-activities");
        expect("2.03".equals(root.getAttribute("version")), "iati-activities@version is 2.03");
        Set<String> identifiers = new HashSet<>();
        Map<String, List<Element>> related = new HashMap<>();
        for (Element activity : children(root)) {
            String id = activity(activity, today);
            expect(identifiers.add(id), "iati-identifier " + id + " is unique");
            related.put(id, named(activity, "related-activity"));
        }
        related.forEach((id, links) -> {
            for (Element link : links) {
                expect(identifiers.contains(link.getAttribute("ref")), id + " relates to " + link.getAttribute("ref")
                        + ", which is in the file");
            }
        });
    }

    private String activity(Element activity, String today) {
        String id = text(one(activity, "iati-identifier"));
        order(activity, ACTIVITY_ORDER, id);
        expect(!activity.getAttributeNS(XMLConstants.XML_NS_URI, "lang").isEmpty(), id + " has a default xml:lang");
        expect(Set.of("1", "2").contains(activity.getAttribute("hierarchy")), id + " has hierarchy 1 or 2");
        Element reporting = one(activity, "reporting-org");
        expect(!reporting.getAttribute("ref").isEmpty(), id + " reporting-org@ref");
        expect(ORGANISATION_TYPE.contains(reporting.getAttribute("type")), id + " reporting-org@type is an OrganisationType");
        expect(id.startsWith(reporting.getAttribute("ref") + "-"), id + " starts with the reporting org's ref");
        expect(!id.matches(".*[ /:&|?].*"), id + " has no forbidden characters");
        narratives(reporting, id + " reporting-org");
        narratives(one(activity, "title"), id + " title");
        Set<String> descriptionTypes = new HashSet<>();
        for (Element description : named(activity, "description")) {
            expect(DESCRIPTION_TYPE.contains(description.getAttribute("type")), id + " description@type");
            expect(descriptionTypes.add(description.getAttribute("type")), id + " has one description of each type");
            narratives(description, id + " description");
        }
        List<Element> orgs = named(activity, "participating-org");
        expect(!orgs.isEmpty(), id + " has a participating-org");
        for (Element org : orgs) {
            expect(ORGANISATION_ROLE.contains(org.getAttribute("role")), id + " participating-org@role is an OrganisationRole");
            expect(!org.getAttribute("ref").isEmpty() || !named(org, "narrative").isEmpty(),
                    id + " participating-org has a ref or a narrative");
        }
        expect(ACTIVITY_STATUS.contains(one(activity, "activity-status").getAttribute("code")), id + " activity-status");
        List<Element> dates = named(activity, "activity-date");
        expect(dates.stream().anyMatch(date -> Set.of("1", "2").contains(date.getAttribute("type"))),
                id + " has a planned or actual start date");
        for (Element date : dates) {
            expect(ACTIVITY_DATE_TYPE.contains(date.getAttribute("type")), id + " activity-date@type");
            expect(date.getAttribute("iso-date").matches("\\d{4}-\\d{2}-\\d{2}"), id + " activity-date@iso-date");
            if (Set.of("2", "4").contains(date.getAttribute("type"))) {
                expect(date.getAttribute("iso-date").compareTo(today) <= 0, id + " actual date not in the future");
            }
        }
        List<Element> countries = named(activity, "recipient-country");
        for (Element country : countries) {
            expect(Set.of(Locale.getISOCountries()).contains(country.getAttribute("code")), id + " recipient-country@code");
        }
        percentages(countries, id + " recipient-country");
        List<Element> sectors = named(activity, "sector");
        for (Element sector : sectors) {
            expect("1".equals(sector.getAttribute("vocabulary")), id + " sector@vocabulary is DAC 5");
            expect(DAC_5.contains(sector.getAttribute("code")), id + " sector@code " + sector.getAttribute("code"));
        }
        percentages(sectors, id + " sector");
        for (Element link : named(activity, "document-link")) {
            order(link, DOCUMENT_LINK_ORDER, id + " document-link");
            expect(link.getAttribute("url").startsWith("http"), id + " document-link@url");
            expect(link.getAttribute("format").contains("/"), id + " document-link@format is a media type");
            narratives(one(link, "title"), id + " document-link title");
            expect(!named(link, "category").isEmpty() && named(link, "category").stream()
                    .allMatch(category -> DOCUMENT_CATEGORY_A.contains(category.getAttribute("code"))),
                    id + " document-link category");
        }
        for (Element link : named(activity, "related-activity")) {
            expect(RELATED_ACTIVITY_TYPE.contains(link.getAttribute("type")), id + " related-activity@type");
        }
        for (Element result : named(activity, "result")) {
            result(result, id);
        }
        return id;
    }

    private void result(Element result, String id) {
        order(result, RESULT_ORDER, id + " result");
        expect(RESULT_TYPE.contains(result.getAttribute("type")), id + " result@type");
        narratives(one(result, "title"), id + " result title");
        List<Element> indicators = named(result, "indicator");
        expect(!indicators.isEmpty(), id + " result has an indicator");
        for (Element indicator : indicators) {
            order(indicator, INDICATOR_ORDER, id + " indicator");
            expect(INDICATOR_MEASURE.contains(indicator.getAttribute("measure")), id + " indicator@measure");
            narratives(one(indicator, "title"), id + " indicator title");
            for (Element baseline : named(indicator, "baseline")) {
                expect(baseline.getAttribute("year").matches("\\d{4}"), id + " baseline@year");
                expect(baseline.getAttribute("iso-date").isEmpty() || baseline.getAttribute("iso-date")
                        .startsWith(baseline.getAttribute("year") + "-"), id + " baseline@iso-date is in baseline@year");
                expect(isNumber(baseline.getAttribute("value")), id + " baseline@value is a number");
            }
            for (Element period : named(indicator, "period")) {
                order(period, PERIOD_ORDER, id + " period");
                String start = one(period, "period-start").getAttribute("iso-date");
                String end = one(period, "period-end").getAttribute("iso-date");
                expect(start.compareTo(end) <= 0, id + " period starts before it ends");
                for (String value : List.of("target", "actual")) {
                    for (Element element : named(period, value)) {
                        expect(isNumber(element.getAttribute("value")), id + " " + value + "@value is a number");
                    }
                }
            }
        }
    }

    private void percentages(List<Element> elements, String what) {
        if (elements.size() < 2) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Element element : elements) {
            sum = sum.add(new BigDecimal(element.getAttribute("percentage")));
        }
        expect(sum.compareTo(BigDecimal.valueOf(100)) == 0, what + " percentages add up to 100 (" + sum + ")");
    }

    private void narratives(Element parent, String what) {
        List<Element> narratives = named(parent, "narrative");
        expect(!narratives.isEmpty(), what + " has a narrative");
        Set<String> languages = new HashSet<>();
        for (Element narrative : narratives) {
            expect(!narrative.getTextContent().isBlank(), what + " narrative has text");
            String language = narrative.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
            expect(languages.add(language), what + " has one narrative per language");
            expect(language.isEmpty() || LANGUAGE.contains(language), what + " narrative@xml:lang is a Language code");
        }
    }

    /** The children come in the schema's order: each one's rank not below the one before. */
    private void order(Element parent, List<String> sequence, String what) {
        int last = -1;
        for (Element child : children(parent)) {
            int rank = sequence.indexOf(child.getTagName());
            if (child.getTagName().equals("narrative")) {
                continue;
            }
            expect(rank >= 0, what + ": " + child.getTagName() + " is an element of the standard here");
            expect(rank >= last, what + ": " + child.getTagName() + " comes in the schema's order");
            last = Math.max(last, rank);
        }
    }

    private Element one(Element parent, String name) {
        List<Element> found = named(parent, name);
        expect(found.size() == 1, parent.getTagName() + " has one " + name + " (" + found.size() + ")");
        return found.isEmpty() ? parent : found.get(0);
    }

    static List<Element> named(Element parent, String name) {
        return children(parent).stream().filter(child -> child.getTagName().equals(name)).toList();
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static String text(Element element) {
        return element.getTextContent().trim();
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void expect(boolean holds, String rule) {
        if (!holds) {
            breaks.add(rule);
        }
    }
}
