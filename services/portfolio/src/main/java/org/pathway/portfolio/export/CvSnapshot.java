package org.pathway.portfolio.export;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The owner's med-ed CV frozen as a PDF at one moment, so a job application refers to the CV the candidate sent and
 * not to whatever the portfolio holds later. Never changed once stored.
 */
@Document("cv_snapshots")
@CompoundIndex(name = "tenant_owner", def = "{'tenant': 1, 'ownerId': 1, 'createdAt': -1}")
class CvSnapshot {

    @Id
    private String id;
    private String tenant;
    private String ownerId;
    private byte[] pdf;
    private Instant createdAt;

    private CvSnapshot() {
    }

    static CvSnapshot of(String id, String tenant, String ownerId, byte[] pdf, Instant createdAt) {
        CvSnapshot snapshot = new CvSnapshot();
        snapshot.id = id;
        snapshot.tenant = tenant;
        snapshot.ownerId = ownerId;
        snapshot.pdf = pdf.clone();
        snapshot.createdAt = createdAt;
        return snapshot;
    }

    String id() {
        return id;
    }

    byte[] pdf() {
        return pdf.clone();
    }

    Instant createdAt() {
        return createdAt;
    }

    int size() {
        return pdf.length;
    }
}
