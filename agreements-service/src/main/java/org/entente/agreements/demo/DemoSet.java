package org.entente.agreements.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo register, drawn from the seed documents: the INSP and Kazakhstan's Agency for
 * Civil Service Affairs and their memorandum signed in Paris on 14 November 2025; the Astana
 * Civil Service Hub's joint project with the Republic of Korea; Expertise France's programme
 * with Viet Nam. Facts the sources do not give (an expiry date, say) are left empty.
 */
final class DemoSet {

    private DemoSet() {
    }

    static final String INSP = "Institut national du service public";
    static final String ACSA = "Agency for Civil Service Affairs of the Republic of Kazakhstan";
    static final String ACADEMY = "Academy of Public Administration under the President of the Republic of Kazakhstan";
    static final String ACSH = "Astana Civil Service Hub";
    static final String KOREA = "Government of the Republic of Korea";
    static final String EXPERTISE_FRANCE = "Expertise France";
    static final String VIETNAM = "Government Office of Viet Nam";
    static final String AFD = "Agence française de développement";
    static final String POLYTECHNIQUE = "École polytechnique Executive Education";

    static final List<Map<String, Object>> ORGANIZATIONS = List.of(
            organization(INSP, "INSP", "FR", "SCHOOL_OR_ACADEMY", "https://insp.gouv.fr",
                    Map.of("en", "National Institute of Public Service")),
            organization(ACSA, null, "KZ", "GOVERNMENT_AGENCY", null,
                    Map.of("fr", "Agence des affaires de la fonction publique de la République du Kazakhstan")),
            organization(ACADEMY, null, "KZ", "SCHOOL_OR_ACADEMY", null,
                    Map.of("fr", "Académie d'administration publique auprès du Président de la République du Kazakhstan")),
            organization(ACSH, "ACSH", "KZ", "INTERNATIONAL_ORGANIZATION", null,
                    Map.of("fr", "Centre de la fonction publique d'Astana")),
            organization(KOREA, null, "KR", "GOVERNMENT_AGENCY", null,
                    Map.of("fr", "Gouvernement de la République de Corée")),
            organization(EXPERTISE_FRANCE, null, "FR", "DEVELOPMENT_AGENCY", null, Map.of()),
            organization(VIETNAM, null, "VN", "GOVERNMENT_AGENCY", null, Map.of("fr", "Bureau du Gouvernement du Vietnam")),
            organization(AFD, "AFD", "FR", "DEVELOPMENT_AGENCY", null, Map.of("en", "French Development Agency")),
            organization(POLYTECHNIQUE, null, "FR", "SCHOOL_OR_ACADEMY", null, Map.of()));

    /** An agreement to create, with its parties named by organization, and the lifecycle moves that follow. */
    record DemoAgreement(String code, Map<String, Object> fields, List<Object[]> parties, List<Map<String, Object>> moves) {

        Map<String, Object> body(Map<String, String> organizationIds) {
            Map<String, Object> body = new HashMap<>(fields);
            body.put("code", code);
            body.put("parties", parties.stream().map(party -> {
                Map<String, Object> request = new HashMap<>();
                request.put("organizationId", organizationIds.get((String) party[0]));
                request.put("role", party[1]);
                if (party.length > 2) {
                    request.put("signatory", Map.of("name", party[2], "title", party[3]));
                }
                return request;
            }).toList());
            return body;
        }
    }

    static final List<DemoAgreement> AGREEMENTS = List.of(
            new DemoAgreement("INSP-KZ-2025-01", Map.of(
                    "kind", "MOU",
                    "title", Map.of(
                            "fr", "Mémorandum de coopération pour soutenir la modernisation de l'administration publique du Kazakhstan",
                            "en", "Memorandum of cooperation supporting the modernisation of Kazakhstan's public administration"),
                    "summary", "Training of Kazakh senior officials in leadership and the technological modernisation of "
                            + "public administration, exchanges on civil service in the age of artificial intelligence and "
                            + "digitalisation, and Kazakh students hosted in the CIL, CIP and PIC programmes; joint actions from 2026.",
                    "themes", List.of("leadership", "digital-transformation", "artificial-intelligence", "civil-service-training"),
                    "confidentiality", "PUBLIC",
                    // claire's: her home page lists it among the agreements she is responsible for
                    "responsible", Map.of("name", "Claire Martin", "email", "claire.martin@example.org")),
                    List.of(new Object[] {INSP, "SIGNATORY", "Maryvonne Le Brignonnen", "Director of the INSP"},
                            new Object[] {ACSA, "SIGNATORY", "Darkhan Zhazykbay", "Chairman of the Agency for Civil Service Affairs"},
                            new Object[] {ACADEMY, "PARTNER"}),
                    List.of(Map.of("status", "NEGOTIATION"),
                            Map.of("status", "SIGNED", "on", "2025-11-14", "place", "Paris"),
                            Map.of("status", "ACTIVE", "on", "2025-11-14"))),
            new DemoAgreement("ACSH-KR-2021-01", Map.of(
                    "kind", "JOINT_PROJECT",
                    "title", Map.of(
                            "fr", "Projet conjoint de numérisation et d'innovation dans le secteur public en Asie centrale et dans le Caucase",
                            "en", "Joint project on digitalisation and public sector innovation in Central Asia and the Caucasus"),
                    "summary", "Launched in 2021 for Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, Azerbaijan, Armenia and "
                            + "Georgia: building the capacity of civil servants to innovate and to digitalise public services.",
                    "themes", List.of("digital-transformation", "public-sector-innovation", "anti-corruption"),
                    "confidentiality", "PUBLIC"),
                    List.of(new Object[] {ACSH, "IMPLEMENTER"}, new Object[] {KOREA, "FUNDER"}),
                    List.of()),
            new DemoAgreement("EF-VN-2019-01", Map.of(
                    "kind", "JOINT_PROJECT",
                    "title", Map.of(
                            "fr", "Appui à la transformation numérique de l'administration vietnamienne",
                            "en", "Support to the digital transformation of Viet Nam's public administration"),
                    "summary", "Since May 2019, funded by the AFD: the national public services portal, then an online "
                            + "training-action course on digital transformation for Vietnamese civil servants (two cohorts "
                            + "of 20 managers, over 300 participants in the self-paced course).",
                    "themes", List.of("digital-transformation", "civil-service-training"),
                    "effectiveFrom", "2019-05-01",
                    "confidentiality", "PUBLIC"),
                    List.of(new Object[] {EXPERTISE_FRANCE, "IMPLEMENTER"}, new Object[] {VIETNAM, "PARTNER"},
                            new Object[] {AFD, "FUNDER"}, new Object[] {POLYTECHNIQUE, "IMPLEMENTER"}),
                    List.of()));

    /** The memorandum's signing visit: the Agency's chairman and five members, received at the INSP in Paris. */
    static final String VISITED_AGREEMENT = "INSP-KZ-2025-01";

    static Map<String, Object> signingVisit(Map<String, String> organizationIds) {
        String agency = organizationIds.get(ACSA);
        Map<String, Object> visit = new HashMap<>();
        visit.put("direction", "INCOMING");
        visit.put("hostOrganizationId", organizationIds.get(INSP));
        visit.put("visitingOrganizationId", agency);
        visit.put("leader", person("Darkhan Zhazykbay", "Chairman of the Agency for Civil Service Affairs", agency));
        visit.put("members", List.of(
                person("Nurzhan Nauryzbayev", "Head of the International Cooperation Department", agency),
                person("Regina Andekina", "Head of the Education Policy Sector", agency),
                person("Gulsana Daribayeva", "Counsellor, Permanent Representation of Kazakhstan", null),
                person("Bolat Otegen", "Counsellor, Embassy of Kazakhstan", null),
                person("Ryskul Iskakova", "Analyst, Permanent Representation of Kazakhstan", null)));
        visit.put("startDate", "2025-11-14");
        visit.put("endDate", "2025-11-14");
        visit.put("city", "Paris");
        visit.put("country", "FR");
        visit.put("purpose", "Signing of the memorandum of cooperation between the INSP and the Agency for Civil Service Affairs");
        visit.put("outcomes", "Memorandum signed; joint actions planned from 2026.");
        return visit;
    }

    private static Map<String, Object> person(String name, String title, String organizationId) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", name);
        person.put("title", title);
        person.put("organizationId", organizationId);
        return person;
    }

    private static Map<String, Object> organization(String name, String acronym, String country, String type,
                                                    String website, Map<String, String> names) {
        Map<String, Object> organization = new HashMap<>();
        organization.put("name", name);
        organization.put("acronym", acronym);
        organization.put("country", country);
        organization.put("type", type);
        organization.put("website", website);
        organization.put("names", names);
        return organization;
    }
}
