package org.entente.platform.web;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON merge patch (RFC 7386): members of the patch replace the target's, {@code null}
 * removes one, nested objects merge, anything else (arrays included) replaces.
 */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {
    }

    /** Applies a patch to a resource; a resource is an object, so the patch must be one too. */
    public static JsonNode applyToResource(JsonNode resource, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(org.springframework.http.HttpStatus.BAD_REQUEST, "Invalid merge patch",
                    "A merge patch is a JSON object naming the fields to change, e.g. {\"summary\": \"...\"}.");
        }
        return apply(resource, patch);
    }

    static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
