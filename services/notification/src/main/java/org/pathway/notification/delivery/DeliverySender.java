package org.pathway.notification.delivery;

/** Sends one delivery over its channel; throws when it could not, and the delivery is retried later. */
public interface DeliverySender {

    Channel channel();

    void send(Delivery delivery, Composer.Composed composed);
}
