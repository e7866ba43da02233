package org.pathway.kit.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/** The W3C {@code traceparent} of the current span (Micrometer Tracing keeps it in the OpenTelemetry context). */
final class TraceParent {

    private TraceParent() {
    }

    /** {@code 00-<trace id>-<span id>-<flags>}, or null when no span is current. */
    static String current() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }
}
