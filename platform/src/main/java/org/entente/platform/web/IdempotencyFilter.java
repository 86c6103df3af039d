package org.entente.platform.web;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.bson.Document;
import org.bson.types.Binary;
import org.entente.platform.security.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a {@code POST} with an {@code Idempotency-Key} header safe to retry: the first
 * request runs and its response is stored; a retry with the same key and body gets that
 * response again (with {@code Idempotent-Replayed: true}) and creates nothing.
 *
 * <p>A key is claimed before the request runs, so two concurrent retries cannot both run:
 * the second gets a 409 while the first is in progress. A server error releases the key,
 * so the client can retry. Reusing a key for a different body is a 422. Keys are kept for
 * {@code entente.idempotency.retention} (24 h by default).
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final String COLLECTION = "idempotency_keys";
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);
    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;

    public IdempotencyFilter(MongoTemplate mongo, JsonMapper json, Clock clock, Duration retention) {
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
        mongo.indexOps(COLLECTION).createIndex(new Index("createdAt", Sort.Direction.ASC)
                .expire(retention.toSeconds(), TimeUnit.SECONDS));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > 255) {
            ProblemResponses.write(response, json, HttpStatus.BAD_REQUEST, "Invalid request",
                    HEADER + ": must be between 1 and 255 characters, e.g. a UUID the client generates per operation.");
            return;
        }
        // Multipart bodies are parsed by the container from the raw stream; only their key identifies them.
        boolean multipart = request.getContentType() != null && request.getContentType().toLowerCase().startsWith("multipart/");
        byte[] body = multipart ? new byte[0] : request.getInputStream().readAllBytes();
        HttpServletRequest replayable = multipart ? request : new CachedBodyRequest(request, body);
        // A key belongs to its caller: another caller's same key is another operation.
        String id = sha256((Caller.current().subject() + "\n" + request.getMethod() + " " + request.getRequestURI()
                + "\n" + key).getBytes(StandardCharsets.UTF_8));
        String fingerprint = multipart ? "multipart" : sha256(body);

        Document existing = claim(id, fingerprint);
        if (existing != null) {
            answerRetry(existing, fingerprint, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(replayable, recorded);
            completed = recorded.getStatus() < 500;
        } finally {
            if (completed) {
                store(id, recorded);
            } else {
                mongo.remove(Query.query(where("_id").is(id)), COLLECTION);
            }
            recorded.copyBodyToResponse();
        }
    }

    /** Claims the key; returns null when this request may run, else the record of an earlier one. */
    private Document claim(String id, String fingerprint) {
        Instant now = clock.instant();
        try {
            mongo.insert(new Document("_id", id).append("state", "in-progress").append("fingerprint", fingerprint)
                    .append("createdAt", Date.from(now)), COLLECTION);
            return null;
        } catch (DuplicateKeyException taken) {
            // An in-progress claim older than a minute was left by a crash: take it over.
            Document abandoned = mongo.findAndModify(
                    Query.query(where("_id").is(id).and("state").is("in-progress").and("fingerprint").is(fingerprint)
                            .and("createdAt").lt(Date.from(now.minus(ABANDONED_AFTER)))),
                    new Update().set("createdAt", Date.from(now)), Document.class, COLLECTION);
            return abandoned != null ? null : mongo.findById(id, Document.class, COLLECTION);
        }
    }

    private void answerRetry(Document existing, String fingerprint, HttpServletResponse response) throws IOException {
        if (!fingerprint.equals(existing.getString("fingerprint"))) {
            ProblemResponses.write(response, json, HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused",
                    HEADER + ": this key was already used for a different request; use a new key for a new operation.");
        } else if (!"done".equals(existing.getString("state"))) {
            ProblemResponses.write(response, json, HttpStatus.CONFLICT, "Request in progress",
                    "A request with this " + HEADER + " is still being processed; retry in a moment.");
        } else {
            response.setStatus(existing.getInteger("status"));
            Document headers = existing.get("headers", Document.class);
            headers.forEach((name, value) -> response.setHeader(name, (String) value));
            response.setHeader("Idempotent-Replayed", "true");
            response.getOutputStream().write(existing.get("body", Binary.class).getData());
        }
    }

    private void store(String id, ContentCachingResponseWrapper recorded) {
        Document headers = new Document();
        if (recorded.getContentType() != null) {
            headers.append(HttpHeaders.CONTENT_TYPE, recorded.getContentType());
        }
        REPLAYED_HEADERS.forEach(name -> {
            if (recorded.getHeader(name) != null) {
                headers.append(name, recorded.getHeader(name));
            }
        });
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update()
                .set("state", "done")
                .set("status", recorded.getStatus())
                .set("headers", headers)
                .set("body", new Binary(recorded.getContentAsByteArray())), COLLECTION);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
