package org.pathway.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.pathway.notification.config.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries. A delivery is claimed with a lease before it is sent, so two instances (or the consumer and
 * the retry poller) never send it at the same time; a failure schedules the next attempt with exponential back-off,
 * and the last allowed failure parks it. Because the schedule is in the documents, retries survive a restart.
 *
 * <p>At-least-once at the edge: a crash after the SMTP server accepted a message and before it is marked SENT
 * sends it again when the lease expires. Everything else is exactly once per (event, recipient, channel).
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int BATCH = 100;

    private final Deliveries deliveries;
    private final Composer composer;
    private final Map<Channel, DeliverySender> senders = new EnumMap<>(Channel.class);
    private final NotificationProperties.Retry retry;
    private final Clock clock;

    DeliveryWorker(Deliveries deliveries, Composer composer, List<DeliverySender> senders, NotificationProperties properties,
            Clock clock) {
        this.deliveries = deliveries;
        this.composer = composer;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.retry = properties.retry();
        this.clock = clock;
    }

    /** Tries once now if the delivery is due and free; otherwise leaves it to its holder or to the poller. */
    void attempt(String id) {
        Instant now = clock.instant();
        Delivery delivery = deliveries.claim(id, now, now.plus(retry.lease()));
        if (delivery == null) {
            return;
        }
        try {
            senders.get(delivery.channel()).send(delivery, composer.compose(delivery));
            deliveries.markSent(delivery, clock.instant());
        } catch (RuntimeException e) {
            int failures = delivery.attempts() + 1;
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (failures >= retry.maxAttempts()) {
                log.warn("Parking delivery {} after {} failed attempts: {}", id, failures, error);
                deliveries.markFailed(delivery, DeliveryStatus.PARKED, now, error);
            } else {
                Instant next = clock.instant().plus(retry.backoffAfter(failures));
                log.info("Delivery {} failed (attempt {} of {}), next try at {}: {}", id, failures, retry.maxAttempts(), next,
                        error);
                deliveries.markFailed(delivery, DeliveryStatus.RETRYING, next, error);
            }
        }
    }

    @Scheduled(fixedDelayString = "${pathway.notification.retry.poll-interval:5s}",
            initialDelayString = "${pathway.notification.retry.poll-interval:5s}")
    void sendDue() {
        deliveries.dueIds(clock.instant(), BATCH).forEach(this::attempt);
    }
}
