package org.entente.actions.iati;

import java.net.URI;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the IATI export says of the publisher ({@code entente.iati.*}).
 *
 * @param reportingOrgRef the publisher's IATI organisation identifier (e.g. FR-6 style registration agency prefix
 *                        and number); every activity's iati-identifier starts with it
 * @param reportingOrgType the publisher's code in the IATI OrganisationType list (10 = Government)
 * @param reportingOrgName the publisher's name, in the default language
 * @param reportingCountry the publisher's own country: the other parties' countries are the recipients
 * @param defaultLanguage the language of narratives that carry none (item titles, names)
 * @param sectors an agreement's themes mapped to DAC 5-digit purpose codes (sector vocabulary 1); themes
 *                without one are left out, and an agreement with none gets {@code defaultSector}
 * @param defaultSector the DAC code of agreements whose themes map to none
 * @param documentBaseUrl where published documents are found: a document's link is this, its agreement's id
 *                        and the document's id
 */
@ConfigurationProperties("entente.iati")
@Validated
public record IatiSettings(
        @DefaultValue("XM-DAC-ENTENTE") @NotBlank @Pattern(regexp = "[A-Za-z0-9-]+") String reportingOrgRef,
        @DefaultValue("10") @NotBlank String reportingOrgType,
        @DefaultValue("Entente") @NotBlank String reportingOrgName,
        @DefaultValue("FR") @NotBlank String reportingCountry,
        @DefaultValue("en") @NotBlank String defaultLanguage,
        @DefaultValue Map<String, @Pattern(regexp = "\\d{5}") String> sectors,
        @DefaultValue("15110") @NotBlank @Pattern(regexp = "\\d{5}") String defaultSector,
        @DefaultValue("http://localhost:8081/api/agreements") @NotNull URI documentBaseUrl) {
}
