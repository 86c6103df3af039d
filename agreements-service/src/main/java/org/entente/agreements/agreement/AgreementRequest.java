package org.entente.agreements.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.entente.agreements.agreement.AgreementRecords.StaffMember;

/** An agreement as staff enter it: the body of POST and PUT, and what a merge patch applies to. */
public record AgreementRequest(
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*", message = "must be letters, digits and . _ / - (e.g. INSP-KZ-2025-01)")
        String code,

        @NotNull AgreementKind kind,

        @NotNull
        @Size(max = 10)
        Map<@Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code such as fr or en") String,
                @NotBlank @Size(max = 500) String> title,

        @Size(max = 4000) String summary,

        @Size(max = 20)
        List<@NotNull @Size(max = 50) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be a lower-case tag such as digital-transformation") String> themes,

        @NotEmpty @Size(max = 20) List<@NotNull @Valid PartyRequest> parties,

        LocalDate signedOn,
        @Size(max = 200) String signedAt,
        LocalDate effectiveFrom,
        LocalDate expiresOn,
        @PositiveOrZero @Max(3650) Integer renewalNoticeDays,
        Confidentiality confidentiality,
        @Valid StaffMemberRequest responsible) {

    public record PartyRequest(
            @NotBlank @Size(max = 64) String organizationId,
            @NotNull PartyRole role,
            @Valid SignatoryRequest signatory) {
    }

    public record SignatoryRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String title) {
    }

    public record StaffMemberRequest(@NotBlank @Size(max = 200) String name, @Email @Size(max = 320) String email) {

        StaffMember toStaffMember() {
            return new StaffMember(name, email);
        }
    }

    /** The request that would reproduce the agreement's details: what a merge patch is applied to. */
    static AgreementRequest of(Agreement agreement) {
        Agreement.Details details = agreement.details();
        return new AgreementRequest(details.code(), details.kind(), details.title(), details.summary(),
                details.themes(), details.parties().stream().map(party -> new PartyRequest(party.organizationId(),
                        party.role(), party.signatory() == null ? null
                                : new SignatoryRequest(party.signatory().name(), party.signatory().title()))).toList(),
                details.signedOn(), details.signedAt(), details.effectiveFrom(), details.expiresOn(),
                details.renewalNoticeDays(), details.confidentiality(),
                details.responsible() == null ? null
                        : new StaffMemberRequest(details.responsible().name(), details.responsible().email()));
    }
}
