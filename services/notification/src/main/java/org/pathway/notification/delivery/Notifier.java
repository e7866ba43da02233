package org.pathway.notification.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.pathway.kit.events.EventEnvelope;
import org.pathway.notification.preference.DeliveryMode;
import org.pathway.notification.preference.Preferences;
import org.springframework.stereotype.Component;

/**
 * Turns an event's notices into deliveries: one per (event id, recipient, channel), written before anything is sent.
 * A user gets an in-app feed item and, as their preference for the category says, an email now, in the daily digest,
 * or none; someone who is not a user gets the email. A redelivered event finds its deliveries and sends nothing.
 */
@Component
public class Notifier {

    private final Deliveries deliveries;
    private final DeliveryWorker worker;
    private final Preferences preferences;
    private final Clock clock;

    Notifier(Deliveries deliveries, DeliveryWorker worker, Preferences preferences, Clock clock) {
        this.deliveries = deliveries;
        this.worker = worker;
        this.preferences = preferences;
        this.clock = clock;
    }

    public void notify(EventEnvelope event, List<Notice> notices) {
        if (event.tenant() == null || event.tenant().isBlank()) {
            throw new IllegalArgumentException("Event " + event.id() + " carries no tenant; nobody can be addressed");
        }
        List<String> sendNow = new ArrayList<>();
        for (Notice notice : notices) {
            String tenant = notice.to().institutionOr(event.tenant());
            for (Channel channel : channels(notice.to())) {
                DeliveryStatus status = initialStatus(tenant, notice, channel);
                Delivery delivery = Delivery.create(tenant, event.id(), event.type(), notice.to(), channel,
                        notice.category(), notice.template(), notice.model(), channel == Channel.EMAIL ? notice.invite() : null,
                        null, status, clock.instant(), notice.confidential());
                if (deliveries.insertIfAbsent(delivery) && status == DeliveryStatus.PENDING) {
                    sendNow.add(delivery.id());
                }
            }
        }
        sendNow.forEach(worker::attempt);
    }

    private static List<Channel> channels(Addressee to) {
        return to.isUser() ? List.of(Channel.IN_APP, Channel.EMAIL) : List.of(Channel.EMAIL);
    }

    private DeliveryStatus initialStatus(String tenant, Notice notice, Channel channel) {
        if (channel == Channel.IN_APP || !notice.to().isUser()) {
            return DeliveryStatus.PENDING;
        }
        DeliveryMode mode = preferences.modeFor(tenant, notice.to().userId(), notice.category());
        return switch (mode) {
            case IMMEDIATE -> DeliveryStatus.PENDING;
            // A digest lists subjects and cannot carry an attachment: an invite (or its cancellation) goes out now.
            case DAILY_DIGEST -> notice.invite() != null ? DeliveryStatus.PENDING : DeliveryStatus.DIGEST_PENDING;
            case OFF -> notice.category().canTurnOff() ? DeliveryStatus.SUPPRESSED : DeliveryStatus.PENDING;
        };
    }
}
