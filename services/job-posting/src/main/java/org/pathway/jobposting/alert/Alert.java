package org.pathway.jobposting.alert;

import java.time.Instant;
import java.util.List;

import org.pathway.jobposting.posting.RoleType;
import org.pathway.kit.events.OutboxEvent;
import org.pathway.kit.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One candidate alerted about one posting. The id {@code <institution>/<userId>/<postingId>} is the uniqueness that
 * makes the alert happen once: a second insert for the same pair (a redelivered or repeated PostingPublished, a second
 * matching search) fails on the primary key, and its AlertMatched event, stored in the same document, with it.
 */
@Document("alerts")
class Alert extends OutboxAggregate {

    static final String TOPIC = "jobs.alerts";
    static final String ALERT_MATCHED = "org.pathway.job-posting.AlertMatched.v1";

    @Id
    private String id;
    private String tenant;
    private String userId;
    private String postingId;
    private String postingInstitution;
    private String postingTitle;
    private RoleType roleType;
    private List<MatchedSearch> savedSearches;
    private Instant matchedAt;

    private Alert() {
    }

    static String idOf(String tenant, String userId, String postingId) {
        return tenant + "/" + userId + "/" + postingId;
    }

    static Alert matched(String tenant, String userId, List<MatchedSearch> searches, PublishedPosting posting,
            Instant now) {
        Alert alert = new Alert();
        alert.id = idOf(tenant, userId, posting.postingId());
        alert.tenant = tenant;
        alert.userId = userId;
        alert.postingId = posting.postingId();
        alert.postingInstitution = posting.institution();
        alert.postingTitle = posting.title();
        alert.roleType = posting.facts().roleType();
        alert.savedSearches = List.copyOf(searches);
        alert.matchedAt = now;
        // ce_tenant is the candidate's institution: the alert is the candidate's, even for another institution's posting.
        alert.record(OutboxEvent.of(TOPIC, ALERT_MATCHED, alert.id, tenant, new AlertMatched(alert.id, userId,
                posting.postingId(), posting.institution(), posting.title(), alert.roleType, alert.savedSearches, now)));
        return alert;
    }

    String userId() {
        return userId;
    }

    String postingId() {
        return postingId;
    }

    String postingInstitution() {
        return postingInstitution;
    }

    String postingTitle() {
        return postingTitle;
    }

    RoleType roleType() {
        return roleType;
    }

    List<MatchedSearch> savedSearches() {
        return savedSearches;
    }

    Instant matchedAt() {
        return matchedAt;
    }

    record MatchedSearch(String id, String name) {
    }

    /** AlertMatched v1 (contract: events/job-posting/AlertMatched.v1.schema.json). */
    record AlertMatched(String alertId, String candidateId, String postingId, String postingInstitution,
            String postingTitle, RoleType roleType, List<MatchedSearch> savedSearches, Instant matchedAt) {
    }
}
