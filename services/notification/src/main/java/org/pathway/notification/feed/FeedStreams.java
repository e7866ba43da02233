package org.pathway.notification.feed;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * <p>Items reach a stream on any instance. The instance that delivered an item pushes it to its own streams at once;
 * {@link FeedFanOut} polls the feed collection (the source of truth) for the people with streams open here and pushes
 * what other instances delivered. Polling, because a MongoDB change stream needs a replica set and the wire server
 * the tests run on has none; it costs one indexed query per pass, and only while streams are open.
 *
 * <p>Each stream remembers the newest item it was sent, in feed order (creation time to the millisecond Mongo keeps,
 * then id): a poll forwards only items after it, in that order, so nothing arrives twice or out of order. A local push
 * is sent unless the stream already had it. The one exception to ordering: an item created a few milliseconds before
 * one another instance already pushed (two deliveries to one person at once, or clocks apart) is still pushed by its
 * own instance, late, but by no other instance until the person reconnects or reads the feed.
 */
@Component
class FeedStreams implements SmartLifecycle {

    static final String EVENT_NAME = "notification";
    private static final Logger log = LoggerFactory.getLogger(FeedStreams.class);

    /** Whose feed a stream follows: an item is only ever sent to streams of its own institution and person. */
    record Owner(String tenant, String userId) {

        static Owner of(FeedItem item) {
            return new Owner(item.tenant(), item.userId());
        }
    }

    /** A position in a person's feed: items are ordered by creation time, then id. */
    record Position(Instant createdAt, String id) implements Comparable<Position> {

        static final Position START = new Position(Instant.EPOCH, "");

        /** Truncated as Mongo stores it, so a pushed item and the same item read back sit at one position. */
        static Position of(FeedItem item) {
            return new Position(item.createdAt().truncatedTo(ChronoUnit.MILLIS), item.id());
        }

        @Override
        public int compareTo(Position other) {
            int byTime = createdAt.compareTo(other.createdAt);
            return byTime != 0 ? byTime : id.compareTo(other.id);
        }
    }

    private final Map<Owner, Set<Stream>> open = new ConcurrentHashMap<>();
    private volatile boolean running;

    /**
     * @param missed what the client missed, oldest first, sent at once
     * @param seen   the newest item the client already has, or null: the stream continues after it and the missed ones
     */
    SseEmitter open(String tenant, String userId, long timeoutMillis, List<FeedItem> missed, FeedItem seen) {
        Owner owner = new Owner(tenant, userId);
        Stream stream = new Stream(new SseEmitter(timeoutMillis), seen == null ? Position.START : Position.of(seen));
        SseEmitter emitter = stream.emitter;
        Runnable forget = () -> forget(owner, stream);
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(error -> forget.run());
        try {
            // Commits the response at once, so the client knows it is connected before anything happens.
            emitter.send(SseEmitter.event().comment("connected"));
            for (FeedItem item : missed) {
                stream.forward(item, true);
            }
        } catch (IOException e) {
            emitter.completeWithError(e);
            return emitter;
        }
        // Registered after the missed items, so a push in between cannot overtake them; the poll finds it instead.
        open.computeIfAbsent(owner, ignored -> new CopyOnWriteArraySet<>()).add(stream);
        return emitter;
    }

    /** An item this instance delivered: straight to the person's streams here. */
    void publish(FeedItem item) {
        send(item, false);
    }

    /** For each person with a stream open here, the earliest position any of their streams has reached. */
    Map<Owner, Position> positions() {
        Map<Owner, Position> earliest = new HashMap<>();
        open.forEach((owner, streams) -> streams.forEach(stream -> earliest.merge(owner, stream.position(),
                (a, b) -> a.compareTo(b) <= 0 ? a : b)));
        return earliest;
    }

    /** Items read from the feed, in feed order: each goes to the streams of its person that have not reached it yet. */
    void forward(List<FeedItem> items) {
        items.forEach(item -> send(item, true));
    }

    int openStreams() {
        return open.values().stream().mapToInt(Set::size).sum();
    }

    @Scheduled(fixedDelayString = "${pathway.notification.sse-heartbeat:20s}")
    void heartbeat() {
        open.forEach((owner, streams) -> streams.forEach(stream -> {
            try {
                stream.emitter.send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException gone) {
                forget(owner, stream);
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
        open.values().forEach(streams -> streams.forEach(stream -> stream.emitter.complete()));
        open.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void send(FeedItem item, boolean onlyAfterPosition) {
        Owner owner = Owner.of(item);
        Set<Stream> streams = open.get(owner);
        if (streams == null) {
            return;
        }
        for (Stream stream : streams) {
            try {
                stream.forward(item, onlyAfterPosition);
            } catch (IOException | IllegalStateException gone) {
                forget(owner, stream);
            }
        }
    }

    private void forget(Owner owner, Stream stream) {
        open.computeIfPresent(owner, (ignored, streams) -> {
            streams.remove(stream);
            return streams.isEmpty() ? null : streams;
        });
        log.debug("Feed stream closed for {}/{}", owner.tenant(), owner.userId());
    }

    /** One open stream and what it was sent; the local push and the poll reach it from different threads. */
    private static final class Stream {

        /** Enough ids to recognise an item pushed and polled within a few passes of each other. */
        private static final int REMEMBERED = 256;

        private final SseEmitter emitter;
        private final Set<String> sent = Collections.newSetFromMap(new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > REMEMBERED;
            }
        });
        private Position position;

        Stream(SseEmitter emitter, Position start) {
            this.emitter = emitter;
            this.position = start;
        }

        synchronized Position position() {
            return position;
        }

        /** @param onlyAfterPosition true for polled items, which must keep feed order */
        synchronized void forward(FeedItem item, boolean onlyAfterPosition) throws IOException {
            Position at = Position.of(item);
            boolean after = at.compareTo(position) > 0;
            if (sent.contains(item.id()) || (onlyAfterPosition && !after)) {
                return;
            }
            emitter.send(SseEmitter.event().id(item.id()).name(EVENT_NAME).data(FeedController.FeedItemView.of(item),
                    MediaType.APPLICATION_JSON));
            sent.add(item.id());
            if (after) {
                position = at;
            }
        }
    }
}
