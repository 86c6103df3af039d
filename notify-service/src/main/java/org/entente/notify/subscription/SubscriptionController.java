package org.entente.notify.subscription;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.entente.notify.webhook.WebhookTargets;
import org.entente.notify.timeline.LinkSettings;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.security.Caller;
import org.entente.platform.security.Role;
import org.entente.platform.web.IfMatch;
import org.entente.platform.web.PageResponse;
import org.entente.platform.web.Paging;
import org.entente.platform.web.ProblemException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/subscriptions")
@Tag(name = "Subscriptions")
class SubscriptionController {

    private final AggregateStore<Subscription> store;
    private final Subscriptions subscriptions;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final WebhookTargets webhookTargets;
    private final String notifyUrl;

    SubscriptionController(AggregateStore<Subscription> store, Subscriptions subscriptions, MongoTemplate mongo,
                           Clock clock, WebhookTargets webhookTargets,
                           LinkSettings links) {
        this.store = store;
        this.subscriptions = subscriptions;
        this.mongo = mongo;
        this.clock = clock;
        this.webhookTargets = webhookTargets;
        this.notifyUrl = links.notifyService();
    }

    @PostMapping
    @Operation(summary = "Subscribe", description = "Empty filters follow everything of their kind. The webhook secret "
            + "(whsec_ + base64 of 24 to 64 random bytes) is write-only. A webhook URL must be https and reach a public "
            + "address (422 otherwise; see entente.webhook.allow-http and allowed-hosts). Accepts Idempotency-Key.")
    ResponseEntity<SubscriptionView> create(@Validated @RequestBody SubscriptionRequest request) {
        Subscription.Details details = checked(request.details(true));
        Subscription subscription = store.insert(Subscription.create(details, rolesIfSelf(details), clock.instant()),
                List.of());
        return ResponseEntity.created(URI.create("/api/subscriptions/" + subscription.id()))
                .eTag(IfMatch.etag(subscription.version())).body(view(subscription));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a subscription")
    ResponseEntity<SubscriptionView> read(@PathVariable String id) {
        Subscription subscription = store.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(subscription.version())).body(view(subscription));
    }

    @GetMapping
    @Operation(summary = "A subscriber's subscriptions")
    PageResponse<SubscriptionView> list(@RequestParam(required = false) String subscriberId,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size) {
        if (subscriberId == null || subscriberId.isBlank()) {
            throw ProblemException.badRequest("subscriberId", "is required");
        }
        Subscription.requireSelfOrAdmin(subscriberId);
        Page<Subscription> found = subscriptions.bySubscriber(subscriberId,
                Paging.of(page, size, null, Set.of(), Sort.by("createdAt", "_id")));
        return PageResponse.of(found.map(this::view));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a subscription", description = "Needs If-Match. A webhook sent without its secret "
            + "keeps the stored one.")
    ResponseEntity<SubscriptionView> replace(@PathVariable String id,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                             @Validated @RequestBody SubscriptionRequest request) {
        long clientVersion = IfMatch.version(ifMatch);
        Subscription current = store.get(id);
        if (current.version() != clientVersion) {
            throw IfMatch.stale();
        }
        Subscription.Details details = checked(request.details(current.webhook() == null));
        Subscription saved = store.update(id, clientVersion,
                current.replace(details, rolesIfSelf(details), clock.instant()), List.of());
        return ResponseEntity.ok().eTag(IfMatch.etag(saved.version())).body(view(saved));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a subscription", description = "Needs If-Match. What was not yet sent is not sent.")
    ResponseEntity<Void> delete(@PathVariable String id,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long clientVersion = IfMatch.version(ifMatch);
        store.get(id); // someone else's subscription is not there for this caller
        long removed = mongo.remove(Query.query(where("_id").is(id).and("version").is(clientVersion)),
                Subscription.COLLECTION).getDeletedCount();
        if (removed == 0) {
            throw store.findById(id).isPresent() ? IfMatch.stale() : ProblemException.notFound("subscription", id);
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * Stakeholders subscribe themselves: the subscriber id is their token's subject. Their roles
     * are kept for restricted agreements; one created by an administrator for someone else has
     * none (that person's user id on an access list still counts).
     */
    private static List<String> rolesIfSelf(Subscription.Details details) {
        Caller caller = Caller.current();
        Subscription.requireSelfOrAdmin(details.subscriber().id());
        return details.subscriber().id().equals(caller.subject())
                ? caller.roles().stream().map(Role::name).sorted().toList() : List.of();
    }

    /** A webhook's destination must pass the policy the sender applies again at each send: 422 otherwise. */
    private Subscription.Details checked(Subscription.Details details) {
        if (details.webhook() != null) {
            try {
                webhookTargets.check(URI.create(details.webhook().url()));
            } catch (WebhookTargets.Refused e) {
                throw ProblemException.unprocessable("webhook.url", e.getMessage());
            }
        }
        return details;
    }

    private SubscriptionView view(Subscription subscription) {
        return SubscriptionView.of(subscription, notifyUrl);
    }
}
