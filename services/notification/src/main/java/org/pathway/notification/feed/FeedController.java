package org.pathway.notification.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.pathway.kit.security.CurrentUser;
import org.pathway.notification.preference.Category;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import jakarta.servlet.http.HttpServletResponse;

/** The caller's own feed: nobody reads, marks or streams another person's. */
@RestController
@RequestMapping("/api/notification/feed")
class FeedController {

    record FeedItemView(String id, Category category, String eventType, String title, String summary, String link,
            Instant createdAt, boolean read) {

        static FeedItemView of(FeedItem item) {
            return new FeedItemView(item.id(), item.category(), item.eventType(), item.title(), item.summary(), item.link(),
                    item.createdAt(), item.readAt() != null);
        }
    }

    record UnreadCount(long unread) {
    }

    private static final int PAGE = 100;
    private static final long STREAM_TIMEOUT_MILLIS = 30 * 60 * 1000L;

    private final Feed feed;
    private final FeedStreams streams;
    private final Clock clock;

    FeedController(Feed feed, FeedStreams streams, Clock clock) {
        this.feed = feed;
        this.streams = streams;
        this.clock = clock;
    }

    @GetMapping
    List<FeedItemView> mine(CurrentUser user, @RequestParam(defaultValue = "false") boolean unreadOnly) {
        return feed.of(user.requireTenant(), user.userId(), unreadOnly, PAGE).stream().map(FeedItemView::of).toList();
    }

    @GetMapping("/unread-count")
    UnreadCount unread(CurrentUser user) {
        return new UnreadCount(feed.unread(user.requireTenant(), user.userId()));
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markRead(CurrentUser user, @PathVariable String id) {
        if (!feed.markRead(user.requireTenant(), user.userId(), id, clock.instant())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No feed item " + id);
        }
    }

    @PostMapping("/read-all")
    UnreadCount markAllRead(CurrentUser user) {
        feed.markAllRead(user.requireTenant(), user.userId(), clock.instant());
        return new UnreadCount(feed.unread(user.requireTenant(), user.userId()));
    }

    /**
     * New feed items as they arrive ({@code event: notification}, the item as JSON, its id as the SSE id). The
     * headers tell proxies (nginx, the gateway's Netty client) not to cache or buffer the stream.
     */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(CurrentUser user, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            HttpServletResponse response) {
        String tenant = user.requireTenant();
        response.setHeader("Cache-Control", "no-cache, no-transform");
        response.setHeader("X-Accel-Buffering", "no");
        List<FeedItem> missed = lastEventId == null ? List.of() : feed.after(tenant, user.userId(), lastEventId, PAGE);
        FeedItem seen = missed.isEmpty() ? feed.newest(tenant, user.userId()) : null;
        return streams.open(tenant, user.userId(), STREAM_TIMEOUT_MILLIS, missed, seen);
    }
}
