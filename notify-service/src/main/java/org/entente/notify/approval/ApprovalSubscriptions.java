package org.entente.notify.approval;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.entente.events.agreement.ReviewSnapshot;
import org.entente.notify.subscription.Channel;
import org.entente.notify.subscription.Rhythm;
import org.entente.notify.subscription.Subscription;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Each approver's standing subscription to the steps that wait for them: made the first time
 * a step names them (in-app and e-mail, at once), theirs to change afterwards like any other.
 * It follows no event type by itself, so ordinary matching never picks it.
 */
@Component
@EnableConfigurationProperties(ApproverSettings.class)
public class ApprovalSubscriptions {

    /** What the standing subscription "follows": no published type, so only this class delivers to it. */
    static final String AWAITING_APPROVAL = "entente.review.awaiting-approval";

    private final MongoTemplate mongo;
    private final ApproverSettings settings;
    private final Clock clock;

    ApprovalSubscriptions(MongoTemplate mongo, ApproverSettings settings, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    /** The subscriptions of whoever approves this step: its user, or every approver holding its role. */
    public List<Subscription> approversOf(ReviewSnapshot.Step step) {
        return settings.people().entrySet().stream()
                .filter(person -> step.user() != null ? person.getKey().equals(step.user())
                        : person.getValue().roles().contains(step.role()))
                .map(this::standing)
                .filter(Subscription::active)
                .toList();
    }

    private Subscription standing(Map.Entry<String, ApproverSettings.Approver> person) {
        String id = "approvals-" + person.getKey();
        Subscription existing = mongo.findById(id, Subscription.class, Subscription.COLLECTION);
        if (existing != null) {
            return existing;
        }
        ApproverSettings.Approver approver = person.getValue();
        Subscription created = Subscription.standing(id, new Subscription.Details(
                new Subscription.Subscriber(person.getKey(), approver.name(), approver.email(), approver.language(), "UTC"),
                new Subscription.Follow(List.of(), List.of(), List.of(), List.of(), List.of(AWAITING_APPROVAL)),
                List.of(Channel.IN_APP, Channel.EMAIL), Rhythm.IMMEDIATE, null), approver.roles(), clock.instant());
        try {
            mongo.insert(created, Subscription.COLLECTION);
            return created;
        } catch (DuplicateKeyException madeMeanwhile) {
            return mongo.findById(id, Subscription.class, Subscription.COLLECTION);
        }
    }
}
