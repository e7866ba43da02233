package org.pathway.notification.preference;

/** How a category's email reaches a person. The in-app feed records every notification whatever the mode. */
public enum DeliveryMode {
    IMMEDIATE, DAILY_DIGEST, OFF
}
