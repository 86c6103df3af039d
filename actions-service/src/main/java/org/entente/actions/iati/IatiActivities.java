package org.entente.actions.iati;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.entente.actions.action.ActionItem;
import org.entente.actions.action.ActionQueries;
import org.entente.actions.action.ActionRecords.Indicator;
import org.entente.actions.action.ActionRecords.StatusChange;
import org.entente.actions.action.ActionStatus;
import org.entente.events.agreement.PartySnapshot;
import org.entente.platform.replica.AgreementReplica;
import org.springframework.stereotype.Component;

/**
 * Agreements as IATI 2.03 activities, written with StAX as a stream: each agreement a parent
 * activity (hierarchy 1), each of its action items a child (hierarchy 2) linked both ways by
 * related-activity, the items' indicators as results. Elements come in the order the 2.03
 * activity schema sets; codes from {@link IatiCodes}.
 */
@Component
class IatiActivities {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final ActionQueries actions;
    private final IatiSettings settings;

    IatiActivities(ActionQueries actions, IatiSettings settings) {
        this.actions = actions;
        this.settings = settings;
    }

    void write(List<AgreementReplica> agreements, Instant now, OutputStream out) {
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", IatiCodes.VERSION);
            xml.writeAttribute("generated-datetime", dateTime(now));
            for (AgreementReplica agreement : agreements) {
                List<ActionItem> items = actions.ofAgreement(agreement.id()).stream()
                        .sorted(Comparator.comparing(item -> item.details().reference())).toList();
                parent(xml, agreement, items);
                for (ActionItem item : items) {
                    child(xml, agreement, item);
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the IATI file could not be written", e);
        }
    }

    String identifier(AgreementReplica agreement) {
        return settings.reportingOrgRef() + "-" + safe(agreement.code());
    }

    String identifier(AgreementReplica agreement, ActionItem item) {
        return identifier(agreement) + "-" + safe(item.details().reference());
    }

    /** IATI identifiers take no "/", spaces and the like: they become "-". */
    private static String safe(String part) {
        return part.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    private void parent(XMLStreamWriter xml, AgreementReplica agreement, List<ActionItem> items)
            throws XMLStreamException {
        startActivity(xml, agreement.updatedAt(), "1");
        element(xml, "iati-identifier", identifier(agreement));
        reportingOrg(xml);
        xml.writeStartElement("title");
        for (Map.Entry<String, String> title : titles(agreement).entrySet()) {
            narrative(xml, title.getValue(), title.getKey());
        }
        xml.writeEndElement();
        // The summary is one text with no language of its own: it is taken to be in the default one.
        description(xml, agreement.summary(), settings.defaultLanguage());
        participatingOrgs(xml, agreement);
        code(xml, "activity-status", IatiCodes.activityStatus(agreement.status()));
        agreementDates(xml, agreement);
        recipientCountries(xml, agreement);
        sectors(xml, agreement);
        documentLinks(xml, agreement);
        for (ActionItem item : items) {
            relatedActivity(xml, identifier(agreement, item), IatiCodes.CHILD);
        }
        xml.writeEndElement();
    }

    private void child(XMLStreamWriter xml, AgreementReplica agreement, ActionItem item) throws XMLStreamException {
        ActionItem.Details details = item.details();
        startActivity(xml, item.audit().updatedAt(), "2");
        element(xml, "iati-identifier", identifier(agreement, item));
        reportingOrg(xml);
        xml.writeStartElement("title");
        narrative(xml, details.title(), null);
        xml.writeEndElement();
        description(xml, details.description(), null);
        participatingOrgs(xml, agreement);
        code(xml, "activity-status", IatiCodes.activityStatus(item.status()));
        itemDates(xml, item);
        recipientCountries(xml, agreement);
        sectors(xml, agreement);
        relatedActivity(xml, identifier(agreement), IatiCodes.PARENT);
        results(xml, agreement, item);
        xml.writeEndElement();
    }

    /** The general description, when there is one. */
    private static void description(XMLStreamWriter xml, String text, String language) throws XMLStreamException {
        if (text == null || text.isBlank()) {
            return;
        }
        xml.writeStartElement("description");
        xml.writeAttribute("type", IatiCodes.GENERAL_DESCRIPTION);
        narrative(xml, text, language);
        xml.writeEndElement();
    }

    private void startActivity(XMLStreamWriter xml, Instant updatedAt, String hierarchy) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        if (updatedAt != null) {
            xml.writeAttribute("last-updated-datetime", dateTime(updatedAt));
        }
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", settings.defaultLanguage());
        xml.writeAttribute("hierarchy", hierarchy);
    }

    private void reportingOrg(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", settings.reportingOrgRef());
        xml.writeAttribute("type", settings.reportingOrgType());
        narrative(xml, settings.reportingOrgName(), null);
        xml.writeEndElement();
    }

    /** The titles by language, the default language first; the code when the agreement has none. */
    private Map<String, String> titles(AgreementReplica agreement) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> known = agreement.title() == null ? Map.of() : agreement.title();
        if (known.containsKey(settings.defaultLanguage())) {
            titles.put(settings.defaultLanguage(), known.get(settings.defaultLanguage()));
        }
        known.keySet().stream().sorted().forEach(language -> titles.putIfAbsent(language, known.get(language)));
        if (titles.isEmpty()) {
            titles.put(settings.defaultLanguage(), agreement.code());
        }
        return titles;
    }

    private void participatingOrgs(XMLStreamWriter xml, AgreementReplica agreement) throws XMLStreamException {
        boolean any = false;
        for (PartySnapshot party : agreement.partiesOrNone()) {
            String role = IatiCodes.organisationRole(party.role());
            if (role == null) {
                continue;
            }
            xml.writeStartElement("participating-org");
            xml.writeAttribute("role", role);
            narrative(xml, party.name() == null ? party.organizationId() : party.name(), null);
            xml.writeEndElement();
            any = true;
        }
        if (!any) { // the standard wants one at least: the publisher answers for what it reports
            xml.writeStartElement("participating-org");
            xml.writeAttribute("role", "2");
            xml.writeAttribute("ref", settings.reportingOrgRef());
            xml.writeAttribute("type", settings.reportingOrgType());
            narrative(xml, settings.reportingOrgName(), null);
            xml.writeEndElement();
        }
    }

    /**
     * Start: when it took effect (else was signed), actual once active, planned before. End: the
     * expiry, actual once the agreement expired or was ended, planned before. With neither, the
     * date it was last learnt stands as the planned start, for the standard wants a start.
     */
    private void agreementDates(XMLStreamWriter xml, AgreementReplica agreement) throws XMLStreamException {
        LocalDate start = agreement.effectiveFrom() != null ? agreement.effectiveFrom() : agreement.signedOn();
        String status = IatiCodes.activityStatus(agreement.status());
        // An actual date is never in the future: an agreement signed to take effect later has a planned start.
        boolean started = !IatiCodes.PIPELINE.equals(status) && !IatiCodes.CANCELLED.equals(status)
                && start != null && !start.isAfter(LocalDate.now(ZoneOffset.UTC));
        if (start == null) {
            date(xml, IatiCodes.PLANNED_START, agreement.updatedAt() == null ? LocalDate.now(ZoneOffset.UTC)
                    : LocalDate.ofInstant(agreement.updatedAt(), ZoneOffset.UTC));
        } else {
            date(xml, started ? IatiCodes.ACTUAL_START : IatiCodes.PLANNED_START, start);
        }
        if (agreement.expiresOn() != null) {
            date(xml, IatiCodes.CLOSED.equals(status) ? IatiCodes.ACTUAL_END : IatiCodes.PLANNED_END,
                    agreement.expiresOn());
        }
    }

    /** Planned start and end from the item; actual start and end from its status history. */
    private void itemDates(XMLStreamWriter xml, ActionItem item) throws XMLStreamException {
        ActionItem.Details details = item.details();
        LocalDate planned = details.startDate() != null ? details.startDate()
                : LocalDate.ofInstant(item.audit().createdAt(), ZoneOffset.UTC);
        date(xml, IatiCodes.PLANNED_START, planned);
        LocalDate started = movedTo(item, ActionStatus.IN_PROGRESS);
        if (started != null) {
            date(xml, IatiCodes.ACTUAL_START, started);
        }
        if (details.dueDate() != null) {
            date(xml, IatiCodes.PLANNED_END, details.dueDate());
        }
        LocalDate done = movedTo(item, ActionStatus.DONE);
        if (done != null) {
            date(xml, IatiCodes.ACTUAL_END, done);
        }
    }

    private static LocalDate movedTo(ActionItem item, ActionStatus status) {
        return item.workflow().statusHistory().stream().filter(change -> change.to() == status)
                .map(StatusChange::at).filter(Objects::nonNull).findFirst()
                .map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC)).orElse(null);
    }

    /** The parties' countries but the publisher's own; shares that add up to 100 when there are several. */
    private void recipientCountries(XMLStreamWriter xml, AgreementReplica agreement) throws XMLStreamException {
        List<String> countries = (agreement.countries() == null ? List.<String>of() : agreement.countries()).stream()
                .filter(country -> !country.equalsIgnoreCase(settings.reportingCountry())).distinct().toList();
        List<BigDecimal> shares = shares(countries.size());
        for (int i = 0; i < countries.size(); i++) {
            xml.writeStartElement("recipient-country");
            xml.writeAttribute("code", countries.get(i));
            if (countries.size() > 1) {
                xml.writeAttribute("percentage", shares.get(i).toPlainString());
            }
            xml.writeEndElement();
        }
    }

    private void sectors(XMLStreamWriter xml, AgreementReplica agreement) throws XMLStreamException {
        List<String> codes = (agreement.themes() == null ? List.<String>of() : agreement.themes()).stream()
                .map(theme -> settings.sectors().get(theme)).filter(Objects::nonNull).distinct().toList();
        if (codes.isEmpty()) {
            codes = List.of(settings.defaultSector());
        }
        List<BigDecimal> shares = shares(codes.size());
        for (int i = 0; i < codes.size(); i++) {
            xml.writeStartElement("sector");
            xml.writeAttribute("vocabulary", IatiCodes.DAC_5);
            xml.writeAttribute("code", codes.get(i));
            xml.writeAttribute("percentage", shares.get(i).toPlainString());
            xml.writeEndElement();
        }
    }

    /** {@code n} shares of 100 with two decimals, the last taking what rounding left, so they add up exactly. */
    static List<BigDecimal> shares(int n) {
        List<BigDecimal> shares = new ArrayList<>();
        if (n == 0) {
            return shares;
        }
        BigDecimal each = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        for (int i = 0; i < n - 1; i++) {
            shares.add(each.stripTrailingZeros());
        }
        shares.add(BigDecimal.valueOf(100).subtract(each.multiply(BigDecimal.valueOf(n - 1))).stripTrailingZeros());
        return shares;
    }

    /** The signed document: the first PDF attached, as a memorandum or a contract. */
    private void documentLinks(XMLStreamWriter xml, AgreementReplica agreement) throws XMLStreamException {
        var signed = agreement.documentsOrNone().stream()
                .filter(document -> "application/pdf".equalsIgnoreCase(document.contentType())).findFirst();
        if (signed.isEmpty()) {
            return;
        }
        xml.writeStartElement("document-link");
        xml.writeAttribute("url", settings.documentBaseUrl() + "/" + agreement.id() + "/documents/" + signed.get().id());
        xml.writeAttribute("format", "application/pdf");
        xml.writeStartElement("title");
        narrative(xml, signed.get().fileName(), null);
        xml.writeEndElement();
        code(xml, "category", "MOU".equals(agreement.kind()) ? IatiCodes.MEMORANDUM : IatiCodes.CONTRACT);
        if (agreement.signedOn() != null) {
            xml.writeStartElement("document-date");
            xml.writeAttribute("iso-date", agreement.signedOn().toString());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void relatedActivity(XMLStreamWriter xml, String identifier, String type) throws XMLStreamException {
        xml.writeStartElement("related-activity");
        xml.writeAttribute("ref", identifier);
        xml.writeAttribute("type", type);
        xml.writeEndElement();
    }

    /**
     * One output result per item with its indicators: the baseline when one is set (in the year
     * of its date, else of the item's start), one period from the item's start to its due date
     * with the target and what the progress log reached.
     */
    private void results(XMLStreamWriter xml, AgreementReplica agreement, ActionItem item) throws XMLStreamException {
        ActionItem.Details details = item.details();
        if (details.indicators().isEmpty()) {
            return;
        }
        LocalDate start = details.startDate() != null ? details.startDate()
                : LocalDate.ofInstant(item.audit().createdAt(), ZoneOffset.UTC);
        LocalDate end = details.dueDate() != null && details.dueDate().isAfter(start) ? details.dueDate()
                : agreement.expiresOn() != null && agreement.expiresOn().isAfter(start) ? agreement.expiresOn()
                : start.plus(1, ChronoUnit.YEARS);
        xml.writeStartElement("result");
        xml.writeAttribute("type", IatiCodes.OUTPUT);
        xml.writeStartElement("title");
        narrative(xml, details.title(), null);
        xml.writeEndElement();
        for (Indicator indicator : details.indicators()) {
            xml.writeStartElement("indicator");
            xml.writeAttribute("measure", IatiCodes.UNIT);
            xml.writeAttribute("ascending", "1");
            xml.writeStartElement("title");
            narrative(xml, indicator.unit() == null ? indicator.name() : indicator.name() + " (" + indicator.unit() + ")",
                    null);
            xml.writeEndElement();
            if (indicator.baseline() != null) {
                LocalDate measured = indicator.baselineDate() != null ? indicator.baselineDate() : start;
                xml.writeStartElement("baseline");
                xml.writeAttribute("year", String.valueOf(measured.getYear()));
                if (indicator.baselineDate() != null) {
                    xml.writeAttribute("iso-date", indicator.baselineDate().toString());
                }
                xml.writeAttribute("value", number(indicator.baseline()));
                xml.writeEndElement();
            }
            xml.writeStartElement("period");
            isoDate(xml, "period-start", start);
            isoDate(xml, "period-end", end);
            if (indicator.target() != null) {
                value(xml, "target", indicator.target());
            }
            value(xml, "actual", indicator.actual());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void value(XMLStreamWriter xml, String name, double value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("value", number(value));
        xml.writeEndElement();
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void date(XMLStreamWriter xml, String type, LocalDate on) throws XMLStreamException {
        xml.writeStartElement("activity-date");
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", on.toString());
        xml.writeEndElement();
    }

    private static void isoDate(XMLStreamWriter xml, String name, LocalDate on) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("iso-date", on.toString());
        xml.writeEndElement();
    }

    private static void code(XMLStreamWriter xml, String name, String code) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("code", code);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** A narrative, in {@code language} when given, else in the activity's default. */
    private static void narrative(XMLStreamWriter xml, String text, String language) throws XMLStreamException {
        xml.writeStartElement("narrative");
        if (language != null) {
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
        }
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static String dateTime(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
