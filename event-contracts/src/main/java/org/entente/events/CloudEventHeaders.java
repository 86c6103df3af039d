package org.entente.events;

/** CloudEvents 1.0 attributes as Kafka headers in binary content mode. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    /** The agreement the event is about (or the aggregate's own id when it has no agreement). */
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    /** Extension attribute: who caused the event, the caller's token subject or {@code system} for jobs. */
    public static final String ACTOR = "ce_actor";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
