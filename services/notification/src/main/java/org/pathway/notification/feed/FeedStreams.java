package org.pathway.notification.feed;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent Events streams of this instance, per institution and person. Every event is written and
 * flushed at once (SseEmitter does not buffer); idle streams get a comment line now and then so proxies and the
 * gateway keep them open. A client that reconnects with {@code Last-Event-ID} first gets what it missed.
 *
 * <p>Items reach the streams of the instance that delivered them; with several instances a client connected
 * elsewhere sees them on its next reconnect or feed read (the feed itself is the source of truth).
 */
@Component
class FeedStreams implements SmartLifecycle {

    static final String EVENT_NAME = "notification";
    private static final Logger log = LoggerFactory.getLogger(FeedStreams.class);

    private final Map<String, Set<SseEmitter>> open = new ConcurrentHashMap<>();
    private volatile boolean running;

    SseEmitter open(String tenant, String userId, long timeoutMillis, List<FeedItem> missed) {
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        String key = key(tenant, userId);
        open.computeIfAbsent(key, ignored -> new CopyOnWriteArraySet<>()).add(emitter);
        Runnable forget = () -> forget(key, emitter);
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(error -> forget.run());
        try {
            // Commits the response at once, so the client knows it is connected before anything happens.
            emitter.send(SseEmitter.event().comment("connected"));
            for (FeedItem item : missed) {
                emitter.send(event(item));
            }
        } catch (IOException e) {
            emitter.completeWithError(e);
        }
        return emitter;
    }

    void publish(FeedItem item) {
        Set<SseEmitter> emitters = open.get(key(item.tenant(), item.userId()));
        if (emitters == null) {
            return;
        }
        for (SseEmitter emitter : emitters) {
            try {
                emitter.send(event(item));
            } catch (IOException | IllegalStateException gone) {
                forget(key(item.tenant(), item.userId()), emitter);
            }
        }
    }

    int openStreams() {
        return open.values().stream().mapToInt(Set::size).sum();
    }

    @Scheduled(fixedDelayString = "${pathway.notification.sse-heartbeat:20s}")
    void heartbeat() {
        open.forEach((key, emitters) -> emitters.forEach(emitter -> {
            try {
                emitter.send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException gone) {
                forget(key, emitter);
            }
        }));
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every open stream when the service stops, before the web server's graceful shutdown (a later phase) waits for
     * in-flight requests: an open stream is one, and would hold every shutdown for the full grace period. Clients
     * reconnect with {@code Last-Event-ID} to another instance and miss nothing.
     */
    @Override
    public void stop() {
        running = false;
        open.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
        open.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static SseEmitter.SseEventBuilder event(FeedItem item) {
        return SseEmitter.event().id(item.id()).name(EVENT_NAME).data(FeedController.FeedItemView.of(item),
                MediaType.APPLICATION_JSON);
    }

    private void forget(String key, SseEmitter emitter) {
        open.computeIfPresent(key, (ignored, emitters) -> {
            emitters.remove(emitter);
            return emitters.isEmpty() ? null : emitters;
        });
        log.debug("Feed stream closed for {}", key);
    }

    private static String key(String tenant, String userId) {
        return tenant + "/" + userId;
    }
}
