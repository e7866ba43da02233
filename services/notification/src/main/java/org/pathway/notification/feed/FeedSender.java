package org.pathway.notification.feed;

import java.time.Clock;

import org.pathway.notification.delivery.Channel;
import org.pathway.notification.delivery.Composer;
import org.pathway.notification.delivery.Delivery;
import org.pathway.notification.delivery.DeliverySender;
import org.springframework.stereotype.Component;

/** The in-app channel: store the feed item, then push it to the person's open streams. */
@Component
class FeedSender implements DeliverySender {

    private final Feed feed;
    private final FeedStreams streams;
    private final Clock clock;

    FeedSender(Feed feed, FeedStreams streams, Clock clock) {
        this.feed = feed;
        this.streams = streams;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.IN_APP;
    }

    @Override
    public void send(Delivery delivery, Composer.Composed composed) {
        Object summary = delivery.model().get("summary");
        FeedItem item = new FeedItem(delivery.id(), delivery.tenant(), delivery.userId(), delivery.category(),
                delivery.eventType(), composed.content().subject(), summary == null ? null : summary.toString(),
                delivery.link(), clock.instant(), null);
        if (feed.add(item)) {
            streams.publish(item);
        }
    }
}
