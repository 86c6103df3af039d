package org.entente.platform.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Optimistic concurrency over HTTP: reads carry the version as a strong {@code ETag}, and a
 * change must say, in {@code If-Match}, which version it was made from.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The ETag of a resource at this version: {@code "3"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version the client read, from its {@code If-Match} header.
     *
     * @throws ProblemException 428 without the header, 400 when it is not an ETag we issued
     */
    public static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(HttpStatus.PRECONDITION_REQUIRED, "If-Match required",
                    "Send the ETag you read in an If-Match header, so that no one else's change is overwritten.");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            if (value.length() < 3 || !value.startsWith("\"") || !value.endsWith("\"")) {
                throw new NumberFormatException(value);
            }
            return Long.parseLong(value.substring(1, value.length() - 1));
        } catch (NumberFormatException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "Invalid If-Match",
                    "If-Match: must be an ETag this service returned, such as \"3\".");
        }
    }

    /** The version the client read, when If-Match is optional (a lifecycle move): null without the header. */
    public static Long optionalVersion(String ifMatch) {
        return ifMatch == null ? null : version(ifMatch);
    }

    /** 200 with the resource and its ETag. */
    public static <B> ResponseEntity<B> ok(long version, B body) {
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }

    /** 201 with where the new resource is, its ETag and the body. */
    public static <B> ResponseEntity<B> created(String location, long version, B body) {
        return ResponseEntity.created(URI.create(location)).eTag(etag(version)).body(body);
    }

    /** Refuses the change at once when the client's version is not the current one. */
    public static void check(String ifMatch, long currentVersion) {
        if (version(ifMatch) != currentVersion) {
            throw stale();
        }
    }

    public static ProblemException stale() {
        return new ProblemException(HttpStatus.PRECONDITION_FAILED, "Stale version",
                "Someone changed this resource since you read it; read it again and reapply your change.");
    }
}
