package org.pathway.notification.messaging;

import org.pathway.notification.config.NotificationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Portal pages of the mentoring feature. The action links open the match page with the action chosen; the page asks
 * the signed-in mentor to confirm, because a link followed by a mail scanner must not accept or decline anything.
 */
@Component
class MatchLinks {

    private final NotificationProperties properties;

    MatchLinks(NotificationProperties properties) {
        this.properties = properties;
    }

    String match(String matchId) {
        return properties.portalBaseUrl() + "/mentoring/matches/" + UriUtils.encodePathSegment(matchId, "UTF-8");
    }

    String action(String matchId, String action) {
        return match(matchId) + "?action=" + action;
    }

    String request(String requestId) {
        return properties.portalBaseUrl() + "/mentoring/requests/" + UriUtils.encodePathSegment(requestId, "UTF-8");
    }
}
