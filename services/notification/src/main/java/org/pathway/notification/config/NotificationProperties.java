package org.pathway.notification.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything under {@code pathway.notification.*}.
 *
 * @param portalBaseUrl where links in messages point (the portal behind the gateway), without a trailing slash
 * @param mailFrom      the From address of every email
 * @param retry         how failed email deliveries are retried before they are parked
 * @param digest        when the daily digest is sent
 * @param sseHeartbeat  how often an idle feed stream gets a comment line, so proxies keep it open
 * @param ssePoll       how often an instance with open feed streams looks in the feed for items other instances
 *                      delivered to their people: the longest a live item takes to reach a browser on another replica
 * @param hiringContacts per institution alias, the mailbox of the people who handle applications to its postings.
 *                       The roles of people are in the identity provider, and no event tells this service who an
 *                       institution's admins are; an institution without an entry is not emailed about applications.
 */
@ConfigurationProperties("pathway.notification")
public record NotificationProperties(
        @DefaultValue("http://127.0.0.1:8080") String portalBaseUrl,
        @DefaultValue("Pathway <notifications@pathway.local>") String mailFrom,
        @DefaultValue Retry retry,
        @DefaultValue Digest digest,
        @DefaultValue("20s") Duration sseHeartbeat,
        @DefaultValue("1s") Duration ssePoll,
        Map<String, String> hiringContacts) {

    public NotificationProperties {
        hiringContacts = hiringContacts == null ? Map.of() : Map.copyOf(hiringContacts);
        portalBaseUrl = portalBaseUrl.endsWith("/") ? portalBaseUrl.substring(0, portalBaseUrl.length() - 1) : portalBaseUrl;
    }

    /**
     * @param maxAttempts    attempts before a delivery is parked for an admin
     * @param initialBackoff pause after the first failure, multiplied by {@code multiplier} after each further one
     * @param maxBackoff     the longest pause
     * @param pollInterval   how often due deliveries are looked for (the retries survive restarts: they are documents)
     * @param lease          how long an instance owns a delivery it is sending, so two instances never send it twice
     */
    public record Retry(
            @DefaultValue("6") int maxAttempts,
            @DefaultValue("30s") Duration initialBackoff,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("1h") Duration maxBackoff,
            @DefaultValue("5s") Duration pollInterval,
            @DefaultValue("2m") Duration lease) {

        public Duration backoffAfter(int failedAttempts) {
            double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
            return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
        }
    }

    /** @param cron when the digest job runs (Spring cron, in {@code zone}); @param zone whose calendar day a digest covers */
    public record Digest(@DefaultValue("0 0 7 * * *") String cron, @DefaultValue("UTC") ZoneId zone) {
    }
}
