package org.pathway.notification.delivery;

/**
 * PENDING (written before the first attempt) → SENT, or → RETRYING (after a failure, until {@code nextAttemptAt})
 * → … → SENT or PARKED (attempts exhausted; an admin may retry it). Email waiting for the recipient's daily digest
 * is DIGEST_PENDING → DIGESTED; email the recipient turned off is SUPPRESSED.
 */
public enum DeliveryStatus {
    PENDING, RETRYING, SENT, PARKED, DIGEST_PENDING, DIGESTED, SUPPRESSED
}
