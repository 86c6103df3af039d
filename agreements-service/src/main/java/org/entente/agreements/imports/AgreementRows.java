package org.entente.agreements.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.agreements.agreement.Agreement;
import org.entente.agreements.agreement.AgreementKind;
import org.entente.agreements.agreement.AgreementQueries;
import org.entente.agreements.agreement.AgreementRecords.StaffMember;
import org.entente.agreements.agreement.AgreementRequest;
import org.entente.agreements.agreement.AgreementRequest.PartyRequest;
import org.entente.agreements.agreement.AgreementRequest.SignatoryRequest;
import org.entente.agreements.agreement.AgreementRequest.StaffMemberRequest;
import org.entente.agreements.agreement.Confidentiality;
import org.entente.agreements.agreement.EditingAgreement;
import org.entente.agreements.agreement.Party;
import org.entente.agreements.agreement.PartyRole;
import org.entente.agreements.agreement.RegisteringAgreement;
import org.entente.agreements.organization.Organization;
import org.entente.platform.domain.Refusal;
import org.entente.platform.security.Caller;
import org.entente.platform.spreadsheet.ImportPass;
import org.entente.platform.spreadsheet.RowHandler;
import org.entente.platform.spreadsheet.RowPlan;
import org.entente.platform.spreadsheet.RowValues;
import org.entente.platform.spreadsheet.RuleBreaks;
import org.entente.platform.spreadsheet.Vocabulary;
import org.springframework.stereotype.Component;

/**
 * Agreement rows, with up to three parties and their signatories: registered as
 * {@code POST /api/agreements} does, or edited as {@code PUT} does. Matched by code.
 */
@Component
class AgreementRows implements RowHandler {

    private static final Pattern PARTY_FIELD = Pattern.compile("parties\\[(\\d+)]\\.?([a-zA-Z.]*).*");

    private final RegisteringAgreement registering;
    private final EditingAgreement editing;
    private final AgreementQueries agreements;
    private final OrganizationDirectory directory;
    private final RuleBreaks rules;
    private final Vocabulary vocabulary;
    private final Clock clock;

    AgreementRows(RegisteringAgreement registering, EditingAgreement editing, AgreementQueries agreements,
                  OrganizationDirectory directory, RuleBreaks rules, Vocabulary vocabulary, Clock clock) {
        this.registering = registering;
        this.editing = editing;
        this.agreements = agreements;
        this.directory = directory;
        this.rules = rules;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    @Override
    public RegisterImportKind kind() {
        return RegisterImportKind.AGREEMENTS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("code", "kind", "party1_organization");
    }

    /** The batch's agreements are read by their codes in one query, its organizations once per pass. */
    @Override
    public List<RowPlan> plan(List<RowValues> rows, ImportPass pass) {
        Map<String, Agreement> existing = agreements.findByCodes(rows.stream().map(row -> row.text("code"))
                .filter(java.util.Objects::nonNull).toList());
        return rows.stream().map(row -> plan(row, pass, existing)).toList();
    }

    private RowPlan plan(RowValues row, ImportPass pass, Map<String, Agreement> byCode) {
        Map<String, String> title = new LinkedHashMap<>();
        if (row.text("title_en") != null) title.put("en", row.text("title_en"));
        if (row.text("title_fr") != null) title.put("fr", row.text("title_fr"));
        List<PartyRequest> partyRequests = new ArrayList<>();
        List<Party> parties = new ArrayList<>();
        List<String> partyColumns = new ArrayList<>(); // the file's party number of each listed party
        for (int number = 1; number <= RegisterImportKind.PARTY_COLUMNS; number++) {
            String prefix = "party" + number + "_";
            String reference = row.text(prefix + "organization");
            if (reference == null && row.text(prefix + "role") == null && row.text(prefix + "signatory") == null) {
                continue;
            }
            Organization organization = null;
            if (reference != null) {
                OrganizationDirectory.Reference found = directory.find(reference, pass);
                organization = found.organization();
                if (organization == null) {
                    row.error(prefix + "organization", found.problem());
                }
            }
            PartyRole role = row.constant(prefix + "role", PartyRole.class);
            String signatory = row.text(prefix + "signatory");
            String signatoryTitle = row.text(prefix + "signatory_title");
            SignatoryRequest signatoryRequest = signatory == null && signatoryTitle == null ? null
                    : new SignatoryRequest(signatory, signatoryTitle);
            partyRequests.add(new PartyRequest(organization == null ? reference : organization.id(), role,
                    signatoryRequest));
            partyColumns.add(prefix);
            if (organization != null) {
                parties.add(new Party(organization.id(), organization.name(), organization.country(), role,
                        signatoryRequest == null ? null : new Party.Signatory(signatory, signatoryTitle)));
            }
        }
        String responsibleName = row.text("responsible_name");
        String responsibleEmail = row.text("responsible_email");
        StaffMemberRequest responsible = responsibleName == null && responsibleEmail == null ? null
                : new StaffMemberRequest(responsibleName, responsibleEmail);
        AgreementRequest request = new AgreementRequest(row.text("code"), row.constant("kind", AgreementKind.class),
                title, row.text("summary"), row.list("themes"), partyRequests, row.date("signed_on"),
                row.text("signed_at"), row.date("effective_from"), row.date("expires_on"),
                row.integer("renewal_notice_days"), row.constant("confidentiality", Confidentiality.class),
                responsible);
        String key = request.code();
        java.util.function.Function<String, String> columnOf = field -> columnOf(field, partyColumns);
        if (!rules.valid(request, row, columnOf) || !row.errors().isEmpty()) {
            return RowPlan.error(row.errors(), key);
        }
        Agreement.Details details = new Agreement.Details(request.code(), request.kind(), request.title(),
                request.summary(), request.themes(), parties, request.signedOn(), request.signedAt(),
                request.effectiveFrom(), request.expiresOn(), request.renewalNoticeDays(), request.confidentiality(),
                responsible == null ? null : new StaffMember(responsible.name(), responsible.email()));
        String actor = Caller.current().subject();
        Optional<Agreement> existing = Optional.ofNullable(byCode.get(request.code()));
        try {
            if (existing.isEmpty()) {
                Agreement.register(details, clock.instant(), actor); // the domain's rules, nothing stored
                return RowPlan.create(key, new Registration(details, registering));
            }
            Agreement current = existing.get();
            if (current.edit(details, clock.instant(), actor).events().isEmpty()) {
                return RowPlan.unchanged(key);
            }
            return RowPlan.update(key, () -> editing.edit(current.id(), current.version(), request));
        } catch (Refusal refusal) {
            rules.refused(refusal, row, columnOf);
            return RowPlan.error(row.errors(), key);
        }
    }

    /** The batch's new agreements are registered in one write; the rows that edit one, one by one. */
    @Override
    public List<Optional<RuntimeException>> write(List<RowPlan> plans) {
        List<Agreement.Details> registrations = new ArrayList<>();
        for (RowPlan plan : plans) {
            if (plan.write() instanceof Registration registration) {
                registrations.add(registration.details());
            }
        }
        Iterator<Optional<RuntimeException>> registered = registrations.isEmpty()
                ? Collections.emptyIterator() : registering.registerAll(registrations).iterator();
        List<Optional<RuntimeException>> refusals = new ArrayList<>(plans.size());
        for (RowPlan plan : plans) {
            refusals.add(plan.write() instanceof Registration ? registered.next() : plan.attempt());
        }
        return refusals;
    }

    /** A new agreement's write, which {@link #write} gathers with the batch's others. */
    private record Registration(Agreement.Details details, RegisteringAgreement registering) implements Runnable {

        @Override
        public void run() {
            registering.register(details);
        }
    }

    /** The column that holds an API field: {@code parties[1].signatory.name} is the second listed party's signatory. */
    private static String columnOf(String field, List<String> partyColumns) {
        Matcher party = PARTY_FIELD.matcher(field);
        if (party.matches()) {
            int index = Integer.parseInt(party.group(1));
            String prefix = index < partyColumns.size() ? partyColumns.get(index) : "party1_";
            return prefix + switch (party.group(2)) {
                case "role" -> "role";
                case "signatory.name" -> "signatory";
                case "signatory.title" -> "signatory_title";
                default -> "organization";
            };
        }
        if (field.startsWith("title")) {
            return field.contains("fr") ? "title_fr" : "title_en";
        }
        if (field.startsWith("themes")) {
            return "themes";
        }
        return RuleBreaks.snakeCase(field.replace('.', '_'));
    }

    @Override
    public Map<String, String> example(Locale language) {
        Map<String, String> example = new LinkedHashMap<>();
        example.put("code", "INSP-KZ-2025-01");
        example.put("kind", vocabulary.label(AgreementKind.MOU, language));
        example.put("title_en", "Memorandum of cooperation on civil service");
        example.put("title_fr", "Mémorandum de coopération en matière de fonction publique");
        example.put("summary", "Leadership training for senior officials");
        example.put("themes", "leadership; digital-transformation");
        example.put("party1_organization", "INSP");
        example.put("party1_role", vocabulary.label(PartyRole.SIGNATORY, language));
        example.put("party1_signatory", "Maryvonne Le Brignonen");
        example.put("party1_signatory_title", vocabulary.example(kind(), "party1_signatory_title", language));
        example.put("party2_organization", "Agency for Civil Service Affairs");
        example.put("party2_role", vocabulary.label(PartyRole.SIGNATORY, language));
        example.put("party2_signatory", "Darkhan Zhazykbay");
        example.put("party2_signatory_title", vocabulary.example(kind(), "party2_signatory_title", language));
        example.put("signed_on", vocabulary.example(kind(), "signed_on", language));
        example.put("signed_at", "Astana");
        example.put("effective_from", vocabulary.example(kind(), "effective_from", language));
        example.put("expires_on", vocabulary.example(kind(), "expires_on", language));
        example.put("renewal_notice_days", "90");
        example.put("confidentiality", vocabulary.label(Confidentiality.PUBLIC, language));
        example.put("responsible_name", "Claire Martin");
        example.put("responsible_email", "claire.martin@example.org");
        return example;
    }
}
