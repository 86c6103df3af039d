package org.entente.notify.subscription;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.entente.events.agreement.AgreementStakeholdersAdded;
import org.entente.events.contact.ContactSnapshot;
import org.entente.platform.inbound.IdempotentWrites;
import org.entente.platform.inbound.InboundEvent;
import org.entente.platform.web.Languages;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * An agreement's focal points made stakeholders: each follows that agreement by e-mail, as it
 * happens, in their language (French if they read it, English otherwise). Once per person and
 * agreement: the subscription's id derives from both, and someone who already follows the
 * agreement with that address gets no second one.
 */
@Component
public class StakeholderEnrolment {

    private final IdempotentWrites writes;
    private final MongoTemplate mongo;
    private final Clock clock;

    StakeholderEnrolment(IdempotentWrites writes, MongoTemplate mongo, Clock clock) {
        this.writes = writes;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Returns how many subscriptions the event created (0 for other events and for repeats). */
    public int enrol(InboundEvent event) {
        if (!(event.data() instanceof AgreementStakeholdersAdded added)) {
            return 0;
        }
        String agreementId = added.agreement().agreementId();
        int created = 0;
        for (ContactSnapshot focalPoint : added.stakeholders()) {
            if (focalPoint.email() != null && !alreadyFollows(focalPoint.email(), agreementId)
                    && writes.insertOnce(subscription(agreementId, focalPoint, clock.instant()), Subscription.COLLECTION)) {
                created++;
            }
        }
        return created;
    }

    private boolean alreadyFollows(String email, String agreementId) {
        return mongo.exists(Query.query(where("subscriber.email").is(email).and("active").is(true)
                .and("follow.agreementIds").is(agreementId)), Subscription.COLLECTION);
    }

    private static Subscription subscription(String agreementId, ContactSnapshot focalPoint, Instant now) {
        String id = UUID.nameUUIDFromBytes((agreementId + "\n" + focalPoint.email()).getBytes(StandardCharsets.UTF_8))
                .toString();
        String language = Languages.locale(focalPoint.language()).getLanguage();
        // Not a user of Entente: no token subject and no roles, so a restricted agreement stays closed to them.
        Subscription.Subscriber subscriber = new Subscription.Subscriber(null, focalPoint.name(), focalPoint.email(),
                language, "UTC");
        Subscription.Follow follow = new Subscription.Follow(List.of(agreementId), List.of(), List.of(), List.of(),
                List.of());
        return new Subscription(id, 1, subscriber, List.of(), follow, List.of(Channel.EMAIL), Rhythm.IMMEDIATE, null,
                Subscription.newToken(), true, null, Subscription.MatchKeys.of(follow), now, now);
    }
}
