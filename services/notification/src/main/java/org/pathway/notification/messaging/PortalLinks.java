package org.pathway.notification.messaging;

import org.pathway.notification.config.NotificationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/** Portal pages of the promotion, jobs and portfolio features that messages point to. */
@Component
class PortalLinks {

    private final NotificationProperties properties;

    PortalLinks(NotificationProperties properties) {
        this.properties = properties;
    }

    String dossier(String dossierId) {
        return page("/promotion/dossiers/", dossierId);
    }

    /**
     * The page where an external writer uploads a letter without an account. The upload token is the only credential, so
     * it travels in this link and nowhere else (no feed item, no summary).
     */
    String letterUpload(String uploadToken) {
        return properties.portalBaseUrl() + "/promotion/letters/upload?token=" + UriUtils.encodeQueryParam(uploadToken, "UTF-8");
    }

    String application(String applicationId) {
        return page("/jobs/applications/", applicationId);
    }

    String postingApplications(String postingId) {
        return page("/jobs/admin/postings/", postingId) + "/applications";
    }

    String pivotPlan() {
        return properties.portalBaseUrl() + "/portfolio/plan";
    }

    private String page(String path, String id) {
        return properties.portalBaseUrl() + path + UriUtils.encodePathSegment(id, "UTF-8");
    }
}
