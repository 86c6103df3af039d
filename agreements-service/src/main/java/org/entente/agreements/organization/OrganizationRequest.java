package org.entente.agreements.organization;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.entente.platform.validation.CountryCode;

/** An organization as staff enter it, to register or to replace. */
public record OrganizationRequest(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 30) String acronym,
        @NotNull @CountryCode String country,
        @NotNull OrganizationType type,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http or https address") String website,
        @Size(max = 20) Map<@Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code such as fr, en or kk") String,
                @NotBlank @Size(max = 300) String> names) {

    Organization.Details details() {
        return new Organization.Details(name, acronym, country, type, website, names);
    }
}
