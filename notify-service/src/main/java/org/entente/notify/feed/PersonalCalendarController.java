package org.entente.notify.feed;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.entente.notify.subscription.Subscription;
import org.entente.platform.replica.AgreementReplica;
import org.entente.platform.security.Caller;
import org.entente.platform.security.RestrictedAccess;
import org.entente.platform.web.Languages;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import net.fortuna.ical4j.model.Calendar;

/**
 * The caller's own calendar: the dates of every agreement their active subscriptions follow, in
 * one feed a calendar application subscribes to with the feed token. Following follows the
 * matching rules: each filter of a subscription must hold (an empty one holds for all), and a
 * restricted agreement counts only when a subscription names it and the caller may see it.
 */
@RestController
@Tag(name = "Feeds")
class PersonalCalendarController {

    /** A calendar application reads the whole feed on every refresh: beyond this it would be unreadable anyway. */
    private static final int MAX_AGREEMENTS = 1000;

    private final MongoTemplate mongo;
    private final AgreementCalendar calendars;

    PersonalCalendarController(MongoTemplate mongo, AgreementCalendar calendars) {
        this.mongo = mongo;
        this.calendars = calendars;
    }

    @GetMapping("/api/calendar.ics")
    @Operation(summary = "Your calendar: the dates of every agreement you follow (expiry, renewal notice deadline, "
            + "visits, action items' due dates and milestones)",
            description = "Add ?feedToken=<token> (GET /api/feed-token) to read it from a calendar application.")
    ResponseEntity<String> calendar(@RequestParam(required = false) String lang, Locale requestLocale) throws IOException {
        Caller caller = Caller.current();
        List<Subscription> following = mongo.find(Query.query(where("subscriber.id").is(caller.subject())
                .and("active").is(true)), Subscription.class, Subscription.COLLECTION);
        // A calendar application sends no useful Accept-Language: the language the user chose to be told in wins.
        Locale chosen = following.isEmpty() || following.get(0).subscriber().language() == null ? requestLocale
                : Locale.forLanguageTag(following.get(0).subscriber().language());
        String language = Languages.requested(lang, chosen);
        Calendar calendar = calendars.empty(language);
        for (AgreementReplica agreement : followed(following)) {
            if (agreement.visibleTo(caller)) {
                calendars.addDates(calendar, agreement, language);
            }
        }
        return AgreementCalendar.response(calendar);
    }

    private List<AgreementReplica> followed(List<Subscription> following) {
        if (following.isEmpty()) {
            return List.of();
        }
        List<Criteria> anyOf = new ArrayList<>();
        for (Subscription subscription : following) {
            Subscription.Follow follow = subscription.follow();
            List<Criteria> allOf = new ArrayList<>();
            if (!follow.agreementIds().isEmpty()) {
                allOf.add(where("_id").in(follow.agreementIds()));
            } else {
                allOf.add(where("confidentiality").ne(RestrictedAccess.RESTRICTED));
            }
            if (!follow.organizationIds().isEmpty()) {
                allOf.add(where("organizationIds").in(follow.organizationIds()));
            }
            if (!follow.countries().isEmpty()) {
                allOf.add(where("countries").in(follow.countries()));
            }
            if (!follow.themes().isEmpty()) {
                allOf.add(where("themes").in(follow.themes()));
            }
            anyOf.add(new Criteria().andOperator(allOf));
        }
        return mongo.find(Query.query(new Criteria().orOperator(anyOf)).with(Sort.by("code"))
                .limit(MAX_AGREEMENTS), AgreementReplica.class, AgreementReplica.COLLECTION);
    }
}
