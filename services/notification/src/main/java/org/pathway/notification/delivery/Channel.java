package org.pathway.notification.delivery;

public enum Channel {
    EMAIL, IN_APP
}
