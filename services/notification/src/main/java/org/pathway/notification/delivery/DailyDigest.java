package org.pathway.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.pathway.notification.config.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, one email per person listing every notification they chose to get as a digest. The digest is itself a
 * delivery whose event id is {@code digest-<institution>-<day>}: the (event, recipient, channel) key makes it one per person per
 * day, so a job that runs again after a restart finds it and sends nothing twice, and SMTP failures get the same
 * retries and parking as any email.
 */
@Component
class DailyDigest {

    static final String TEMPLATE = "digest";
    static final String EVENT_TYPE = "org.pathway.notification.DailyDigest";
    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    private static final int MAX_ITEMS = 10_000;

    private final Deliveries deliveries;
    private final DeliveryWorker worker;
    private final Composer composer;
    private final NotificationProperties properties;
    private final Clock clock;

    DailyDigest(Deliveries deliveries, DeliveryWorker worker, Composer composer, NotificationProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.worker = worker;
        this.composer = composer;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${pathway.notification.digest.cron:0 0 7 * * *}", zone = "${pathway.notification.digest.zone:UTC}")
    void onSchedule() {
        send(LocalDate.now(clock.withZone(properties.digest().zone())));
    }

    /** Sends the digest of {@code day} to everyone with pending digest items; returns how many digests were created. */
    int send(LocalDate day) {
        Instant now = clock.instant();
        Map<String, List<Delivery>> byPerson = deliveries.awaitingDigest(now, MAX_ITEMS).stream()
                .collect(Collectors.groupingBy(item -> item.tenant() + "/" + item.userId(), LinkedHashMap::new, Collectors.toList()));
        int created = 0;
        for (List<Delivery> items : byPerson.values()) {
            Delivery first = items.get(0);
            // The institution is part of the key: one person per institution, one digest per day.
            String eventId = "digest-" + first.tenant() + "-" + day;
            Delivery digest = deliveries.find(Delivery.idOf(eventId, Addressee.user(first.userId()).key(), Channel.EMAIL))
                    .orElse(null);
            if (digest == null) {
                digest = Delivery.create(first.tenant(), eventId, EVENT_TYPE, Addressee.user(first.userId()), Channel.EMAIL,
                        null, TEMPLATE, model(day, items), null, items.stream().map(Delivery::id).toList(),
                        DeliveryStatus.PENDING, now, false);
                if (deliveries.insertIfAbsent(digest)) {
                    created++;
                } else {
                    digest = deliveries.find(digest.id()).orElseThrow();
                }
            }
            // Only the items the digest lists: anything that arrived after it was composed waits for tomorrow's.
            deliveries.markDigested(digest.digestOf(), digest.id());
            worker.attempt(digest.id());
        }
        if (created > 0) {
            log.info("Daily digest of {}: {} emails", day, created);
        }
        return created;
    }

    private Map<String, Object> model(LocalDate day, List<Delivery> items) {
        List<Map<String, Object>> entries = items.stream().map(item -> Map.<String, Object>of("title", composer.subject(item),
                "link", item.link() == null ? properties.portalBaseUrl() : item.link())).toList();
        return Map.of("day", day.toString(), "count", items.size(), "items", entries,
                "link", properties.portalBaseUrl() + "/notifications");
    }
}
