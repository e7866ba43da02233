package org.pathway.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pathway.kit.testapp.TestConsumers;
import org.pathway.kit.testapp.Widget;
import org.pathway.kit.testapp.WidgetRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Traces cross the outbox and the Kafka hop; the outbox backlog and the usual metrics are scraped by Prometheus. */
class ObservabilityIT extends KitIntegrationTest {

    @Autowired
    Tracer tracer;
    @Autowired
    WidgetRepository widgets;
    @Autowired
    MockMvc mvc;

    @Test
    void shouldCarryTheTraceOfTheWriteThroughTheOutboxToTheConsumer() {
        Span request = tracer.nextSpan().name("request that writes").start();
        String traceId = request.context().traceId();
        String publishedId;
        try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
            Widget widget = Widget.create(newId(), "mayo", "traced");
            publishedId = widget.pendingEvents().get(0).id();
            widgets.save(widget);
        } finally {
            request.end();
        }

        List<ConsumerRecord<String, byte[]>> records = readTopic(Widget.TOPIC, Duration.ofSeconds(20),
                read -> read.stream().anyMatch(r -> publishedId.equals(kafkaHeader(r, "ce_id"))));
        ConsumerRecord<String, byte[]> record = records.stream()
                .filter(r -> publishedId.equals(kafkaHeader(r, "ce_id"))).findFirst().orElseThrow();
        assertThat(kafkaHeader(record, "traceparent")).startsWith("00-" + traceId + "-");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(TestConsumers.TRACE_OF_EVENT).containsEntry(publishedId, traceId));
    }

    @Test
    void shouldPublishAnEventWrittenOutsideAnyTraceWithoutATraceParent() {
        String id = newId();
        Widget widget = Widget.create(id, "mayo", "untraced");
        String eventId = widget.pendingEvents().get(0).id();

        widgets.save(widget);

        ConsumerRecord<String, byte[]> record = readTopic(Widget.TOPIC, Duration.ofSeconds(20),
                read -> read.stream().anyMatch(r -> eventId.equals(kafkaHeader(r, "ce_id")))).stream()
                .filter(r -> eventId.equals(kafkaHeader(r, "ce_id"))).findFirst().orElseThrow();
        assertThat(kafkaHeader(record, "traceparent")).isNull();
    }

    @Test
    void shouldExposeTheOutboxBacklogAndHttpMetricsToPrometheusWithoutAToken() throws Exception {
        mvc.perform(get("/api/test/me")).andExpect(status().isUnauthorized());

        String scrape = mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(scrape).containsPattern("pathway_outbox_backlog\\{[^}]*collection=\"widgets\"");
        assertThat(scrape).contains("application=\"kit-test\"");
        assertThat(scrape).contains("http_server_requests_seconds_count");
    }
}
