package org.pathway.kit.events;

/** Kafka header names of the CloudEvents Kafka protocol binding, binary content mode, plus the tenant extension. */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String SUBJECT = "ce_subject";
    /** CloudEvents extension attribute: the institution (Keycloak organization alias) the event belongs to. */
    public static final String TENANT = "ce_tenant";
    /** W3C trace context (a Kafka header of its own, read by the consumer's observation, not a CloudEvents attribute). */
    public static final String TRACE_PARENT = "traceparent";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
