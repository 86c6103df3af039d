package org.entente.agreements.delegation;

import java.time.LocalDate;
import java.time.LocalTime;

import org.entente.events.delegation.AgendaItemSnapshot;

/** One item of a visit's programme: what happens on which day, and optionally at what time and where. */
public record AgendaItem(LocalDate date, LocalTime time, String activity, String place) {

    AgendaItemSnapshot snapshot() {
        return new AgendaItemSnapshot(date, time, activity, place);
    }
}
