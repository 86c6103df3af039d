package org.entente.notify.feedaccess;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.entente.platform.security.Caller;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Issues, renews and recognises feed tokens. */
@Component
class FeedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoTemplate mongo;
    private final Clock clock;

    FeedTokens(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(FeedToken.COLLECTION).createIndex(new Index("token", Sort.Direction.ASC).unique());
    }

    /** The caller's token, issued now if they have none (in one write: two first asks get the same token). */
    FeedToken current(Caller caller) {
        FeedToken fresh = issue(caller);
        return mongo.findAndModify(Query.query(where("_id").is(caller.subject())),
                new Update().setOnInsert("token", fresh.token()).setOnInsert("name", fresh.name())
                        .setOnInsert("roles", fresh.roles()).setOnInsert("issuedAt", fresh.issuedAt()),
                FindAndModifyOptions.options().upsert(true).returnNew(true), FeedToken.class, FeedToken.COLLECTION);
    }

    /** A new token for the caller; the one they had stops working at once. */
    FeedToken renew(Caller caller) {
        FeedToken token = issue(caller);
        mongo.findAndReplace(Query.query(where("_id").is(caller.subject())), token,
                FindAndReplaceOptions.options().upsert(), FeedToken.class, FeedToken.COLLECTION);
        return token;
    }

    private FeedToken issue(Caller caller) {
        return new FeedToken(caller.subject(), newSecret(), caller.name(), caller.roles(), clock.instant());
    }

    Optional<FeedToken> find(String token) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("token").is(token)), FeedToken.class,
                FeedToken.COLLECTION));
    }

    /** 256 random bits, URL-safe: nobody guesses one. */
    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
