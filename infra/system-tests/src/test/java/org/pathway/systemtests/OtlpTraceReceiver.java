package org.pathway.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;

/**
 * A stand-in OpenTelemetry collector: an HTTP server on loopback that accepts OTLP/HTTP protobuf exports at
 * {@code /v1/traces}, as the apps' real exporters send them, and keeps every span it is given.
 */
final class OtlpTraceReceiver implements AutoCloseable {

    /** One received span: which app sent it, its trace, its kind and name. */
    record ReceivedSpan(String service, String traceId, String kind, String name) {
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    private OtlpTraceReceiver(HttpServer server) {
        this.server = server;
    }

    static OtlpTraceReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            OtlpTraceReceiver receiver = new OtlpTraceReceiver(server);
            server.createContext("/v1/traces", receiver::export);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
    }

    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    private void export(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body.readAllBytes());
            for (ResourceSpans resource : request.getResourceSpansList()) {
                String service = resource.getResource().getAttributesList().stream()
                        .filter(attribute -> attribute.getKey().equals("service.name"))
                        .map(KeyValue::getValue).map(value -> value.getStringValue()).findFirst().orElse("?");
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    scope.getSpansList().forEach(span -> spans.add(new ReceivedSpan(service,
                            HexFormat.of().formatHex(span.getTraceId().toByteArray()), span.getKind().name(),
                            span.getName())));
                }
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
