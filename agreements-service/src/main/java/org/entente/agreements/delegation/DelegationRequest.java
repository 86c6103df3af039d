package org.entente.agreements.delegation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.entente.platform.validation.CountryCode;

/**
 * A delegation as staff enter it, to schedule or to replace. Organizations are given by id;
 * their names and countries are read from the register. The agreement may be given here
 * or, on {@code POST /api/agreements/{id}/delegations}, by the path.
 */
public record DelegationRequest(
        @Size(max = 64) String agreementId,
        @NotNull DelegationDirection direction,
        @NotBlank @Size(max = 64) String hostOrganizationId,
        @NotBlank @Size(max = 64) String visitingOrganizationId,
        @NotNull @Valid Person leader,
        @Size(max = 100) List<@NotNull @Valid Person> members,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotBlank @Size(max = 200) String city,
        @NotNull @CountryCode String country,
        @NotBlank @Size(max = 2000) String purpose,
        @Size(max = 200) List<@NotNull @Valid Item> agenda,
        @Size(max = 10000) String outcomes) {

    public record Person(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 64) String organizationId) {

        Delegate toDelegate() {
            return new Delegate(name.trim(), title.trim(), blankToNull(organizationId));
        }
    }

    public record Item(
            @NotNull LocalDate date,
            LocalTime time,
            @NotBlank @Size(max = 500) String activity,
            @Size(max = 300) String place) {

        AgendaItem toAgendaItem() {
            return new AgendaItem(date, time, activity.trim(), blankToNull(place));
        }
    }

    List<Person> membersOrEmpty() {
        return members == null ? List.of() : members;
    }

    /** Every organization id the request names, to look them up in one read. */
    List<String> organizationIds() {
        List<String> ids = new ArrayList<>(List.of(hostOrganizationId, visitingOrganizationId));
        Stream.concat(Stream.of(leader), membersOrEmpty().stream())
                .map(person -> person.toDelegate().organizationId()).filter(id -> id != null).forEach(ids::add);
        return ids;
    }

    Delegation.Details details(String agreementId, OrganizationRef host, OrganizationRef visiting) {
        return new Delegation.Details(agreementId, direction, host, visiting, leader.toDelegate(),
                membersOrEmpty().stream().map(Person::toDelegate).toList(), startDate, endDate, city.trim(), country,
                purpose.trim(), agenda == null ? List.of() : agenda.stream().map(Item::toAgendaItem).toList(),
                blankToNull(outcomes));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
