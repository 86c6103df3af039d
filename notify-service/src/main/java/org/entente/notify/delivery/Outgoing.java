package org.entente.notify.delivery;

import java.util.List;

import org.entente.notify.subscription.Subscription;
import org.entente.notify.timeline.TimelineEntry;

/** What a channel sends: the delivery, to whom, and the events it tells about, oldest first. */
public record Outgoing(Delivery delivery, Subscription subscription, List<TimelineEntry> entries) {
}
