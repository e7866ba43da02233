package org.pathway.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.HttpCalls;
import org.pathway.systemtests.OtlpTraceReceiver.ReceivedSpan;

/**
 * One trace across the platform: the gateway's call to portfolio, portfolio's handling of the request, the event's
 * Kafka hop through the outbox, and promotion-review consuming it — every app exporting its spans over OTLP to a
 * collector stand-in, as in production.
 */
class TraceSystemIT {

    private static PlatformUnderTest platform;

    @BeforeAll
    static void startPlatform() {
        platform = PlatformUnderTest.get();
    }

    @Test
    void shouldShowOneTraceFromTheGatewayThroughKafkaToTheConsumingService() {
        String faculty = platform.login("faculty@northbridge.edu");
        HttpResponse<String> recorded = HttpCalls.postJson(platform.gatewayUrl("/api/portfolio/activities"), faculty,
                "{\"kind\": \"TEACHING\", \"title\": \"Traced bedside teaching " + System.nanoTime() + "\","
                        + " \"occurredOn\": \"2025-09-01\","
                        + " \"teaching\": {\"hours\": 2, \"learnerLevel\": \"RESIDENT\", \"learnerCount\": 8}}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Map<String, List<ReceivedSpan>> byTrace = platform.traces.spans().stream()
                    .collect(Collectors.groupingBy(ReceivedSpan::traceId));
            assertThat(byTrace.values()).anySatisfy(trace -> {
                assertThat(trace).anySatisfy(span -> assertThat(span).extracting(ReceivedSpan::service, ReceivedSpan::kind)
                        .containsExactly("gateway", "SPAN_KIND_CLIENT"));
                assertThat(trace).anySatisfy(span -> assertThat(span).extracting(ReceivedSpan::service, ReceivedSpan::kind)
                        .containsExactly("portfolio", "SPAN_KIND_SERVER"));
                assertThat(trace).anySatisfy(span -> assertThat(span).extracting(ReceivedSpan::service, ReceivedSpan::kind)
                        .containsExactly("promotion-review", "SPAN_KIND_CONSUMER"));
            });
        });
        Set<String> services = platform.traces.spans().stream().map(ReceivedSpan::service).collect(Collectors.toSet());
        assertThat(services).contains("gateway", "portfolio", "promotion-review");
    }
}
