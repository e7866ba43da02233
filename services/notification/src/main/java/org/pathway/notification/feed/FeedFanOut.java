package org.pathway.notification.feed;

import java.util.Map;

import org.pathway.kit.schedule.PeriodicTask;
import org.pathway.notification.config.NotificationProperties;
import org.springframework.stereotype.Component;

/**
 * Brings items other instances delivered to the streams open on this one: every {@code pathway.notification.sse-poll}
 * (1 s by default) one query reads, for all people with a stream here, what is newer than their streams have seen.
 * Nothing is asked while no stream is open. See {@link FeedStreams} for why this polls.
 */
@Component
class FeedFanOut extends PeriodicTask {

    /** A pass reads at most this many items; a longer backlog continues on the next pass, still in order. */
    private static final int BATCH = 500;

    private final Feed feed;
    private final FeedStreams streams;

    FeedFanOut(Feed feed, FeedStreams streams, NotificationProperties properties) {
        super("feed-fan-out", properties.ssePoll());
        this.feed = feed;
        this.streams = streams;
    }

    @Override
    protected String runOnce() {
        Map<FeedStreams.Owner, FeedStreams.Position> positions = streams.positions();
        if (positions.isEmpty()) {
            return null;
        }
        streams.forward(feed.after(positions, BATCH));
        // Not logged: a line a second per instance would drown the log, and each item is visible in the feed anyway.
        return null;
    }
}
