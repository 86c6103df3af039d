package org.entente.console.form;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.util.StringUtils;

/**
 * Every rendered form carries its own {@code Idempotency-Key}: a double click or a resubmitted
 * form sends the same key, so the service answers the first creation again instead of making two.
 */
public final class FormPost {

    /** The hidden input that carries the key. */
    public static final String KEY_FIELD = "idempotencyKey";
    public static final String HEADER = "Idempotency-Key";

    private FormPost() {
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** The form's key, or a fresh one if a hand-made post came without. */
    public static String keyOf(String submitted) {
        return StringUtils.hasText(submitted) && submitted.length() <= 100 ? submitted : newKey();
    }

    /**
     * The form to show again after a refusal, with a fresh key: the refused request created
     * nothing, and the service keeps a key for the request it first came with.
     */
    public static Map<String, String> afterRefusal(Map<String, String> form) {
        Map<String, String> again = new HashMap<>(form);
        again.put(KEY_FIELD, newKey());
        return again;
    }

    public static String blankToNull(String value) {
        return StringUtils.hasText(value) ? value.trim() : null;
    }
}
