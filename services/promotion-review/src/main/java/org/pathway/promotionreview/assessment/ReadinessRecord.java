package org.pathway.promotionreview.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.pathway.kit.events.OutboxEvent;
import org.pathway.kit.outbox.OutboxAggregate;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;
import org.pathway.promotionreview.readiness.ReadinessReport;
import org.pathway.promotionreview.readiness.ReadinessStatus;
import org.pathway.promotionreview.readiness.RequirementOutcome;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one current readiness report of a candidate, with the criteria version that produced it. Id
 * {@code <tenant>/<facultyId>}. A reassessment that gives the very same report (same evidence, same criteria) writes
 * nothing; one that moves the status or the score records {@code ReadinessAssessed} in the same single-document save.
 */
@Document("readiness_reports")
class ReadinessRecord extends OutboxAggregate {

    static final String TOPIC = "promotion.readiness";
    static final String READINESS_ASSESSED = "org.pathway.promotion-review.ReadinessAssessed.v1";
    private static final JsonMapper CANONICAL = JsonMapper.builder().build();

    @Id
    private String id;
    @Indexed
    private String tenant;
    private String facultyId;
    private Track track;
    private Rank targetRank;
    private int criteriaVersion;
    private ReadinessStatus status;
    private int score;
    private ReadinessReport report;
    /** SHA-256 of the report's JSON: "the same report" without relying on how Mongo gives nested values back. */
    private String reportHash;
    private Instant assessedAt;
    @Version
    private Long version;

    private ReadinessRecord() {
    }

    static String idOf(String tenant, String facultyId) {
        return tenant + "/" + facultyId;
    }

    static ReadinessRecord first(String tenant, ReadinessReport report, Instant at) {
        ReadinessRecord record = new ReadinessRecord();
        record.id = idOf(tenant, report.facultyId());
        record.tenant = tenant;
        record.facultyId = report.facultyId();
        record.replace(report, hash(report), at, null, null);
        return record;
    }

    /** @return false when the report is the one already held: nothing to save, nothing to announce */
    boolean reassess(ReadinessReport newReport, Instant at) {
        String newHash = hash(newReport);
        if (newHash.equals(reportHash)) {
            return false;
        }
        replace(newReport, newHash, at, status, score);
        return true;
    }

    private void replace(ReadinessReport newReport, String newHash, Instant at, ReadinessStatus previousStatus,
            Integer previousScore) {
        report = newReport;
        reportHash = newHash;
        track = newReport.track();
        targetRank = newReport.targetRank();
        criteriaVersion = newReport.criteriaVersion();
        status = newReport.status();
        score = newReport.score();
        assessedAt = at;
        if (previousStatus == null || previousStatus != status || previousScore != score) {
            long met = newReport.requirements().stream().filter(r -> r.outcome() == RequirementOutcome.MET).count();
            long unmet = newReport.requirements().stream().filter(r -> r.outcome() == RequirementOutcome.UNMET).count();
            record(OutboxEvent.of(TOPIC, READINESS_ASSESSED, facultyId, tenant, new ReadinessAssessed(facultyId, track,
                    targetRank, criteriaVersion, status, score, previousStatus, previousScore, (int) met, (int) unmet,
                    newReport.gaps().stream().map(g -> new ReadinessAssessed.GapDescription(g.requirementId(),
                            g.shortfall(), g.text())).toList(), at)));
        }
    }

    static String hash(ReadinessReport report) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(CANONICAL.writeValueAsString(report).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    String tenant() {
        return tenant;
    }

    String facultyId() {
        return facultyId;
    }

    ReadinessReport report() {
        return report;
    }

    ReadinessStatus status() {
        return status;
    }

    int score() {
        return score;
    }

    Instant assessedAt() {
        return assessedAt;
    }

    Long version() {
        return version;
    }
}
