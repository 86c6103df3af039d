package org.entente.notify.subscription;

/**
 * How often e-mail comes: each event as it happens, or one digest a day or a week. Webhooks
 * and the in-app inbox are always immediate: a machine or an inbox gains nothing by waiting.
 */
public enum Rhythm {
    IMMEDIATE, DAILY_DIGEST, WEEKLY_DIGEST;

    public boolean digest() {
        return this != IMMEDIATE;
    }
}
