package org.entente.events.delegation;

import java.time.LocalDate;
import java.time.LocalTime;

/** One item of a visit's agenda; time and place are optional. */
public record AgendaItemSnapshot(LocalDate date, LocalTime time, String activity, String place) {
}
