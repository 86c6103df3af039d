package org.entente.agreements.agreement;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What cooperation staff give to register an agreement. */
public record RegisterAgreementRequest(
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*", message = "must be letters, digits and . _ / - (e.g. INSP-KZ-2025-01)")
        String code,

        @NotEmpty(message = "must give the title in at least one language, e.g. {\"fr\": \"...\", \"en\": \"...\"}")
        Map<@Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code such as fr or en") String,
                @NotBlank @Size(max = 500) String> title,

        @NotEmpty
        @Size(max = 50)
        List<@NotNull @Valid PartyRequest> parties) {

    public record PartyRequest(
            @Size(max = 64) String organizationId,
            @NotBlank @Size(max = 300) String name,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code such as FR or KZ") String country,
            @NotNull PartyRole role) {

        Party toParty() {
            return new Party(organizationId, name, country, role);
        }
    }
}
