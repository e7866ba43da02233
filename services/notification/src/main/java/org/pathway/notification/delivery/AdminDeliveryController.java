package org.pathway.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.pathway.kit.security.CurrentUser;
import org.pathway.notification.preference.Category;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Delivery status for institution admins (role checked by the kit's role rules), of their own institution only.
 * Content is not shown: an admin sees that a message to someone failed and why, not what it said.
 */
@RestController
@RequestMapping("/api/notification/admin/deliveries")
class AdminDeliveryController {

    record DeliveryView(String id, String eventId, String eventType, String userId, String email, Channel channel,
            Category category, DeliveryStatus status, int attempts, String lastError, Instant createdAt,
            Instant nextAttemptAt, Instant sentAt) {

        static DeliveryView of(Delivery delivery) {
            return new DeliveryView(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.userId(),
                    delivery.externalEmail(), delivery.channel(), delivery.category(), delivery.status(), delivery.attempts(),
                    delivery.lastError(), delivery.createdAt(), delivery.nextAttemptAt(), delivery.sentAt());
        }
    }

    private static final int LIMIT = 500;

    private final Deliveries deliveries;
    private final DeliveryWorker worker;
    private final Clock clock;

    AdminDeliveryController(Deliveries deliveries, DeliveryWorker worker, Clock clock) {
        this.deliveries = deliveries;
        this.worker = worker;
        this.clock = clock;
    }

    @GetMapping
    List<DeliveryView> list(CurrentUser admin, @RequestParam(required = false) DeliveryStatus status) {
        return deliveries.ofTenant(admin.requireTenant(), status, LIMIT).stream().map(DeliveryView::of).toList();
    }

    /** Gives a parked delivery a fresh round of attempts, e.g. after the mail server was fixed. */
    @PostMapping("/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void retry(CurrentUser admin, @PathVariable String id) {
        if (!deliveries.requeue(admin.requireTenant(), id, clock.instant())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No parked delivery " + id);
        }
        worker.attempt(id);
    }
}
