package org.pathway.promotionreview.evidence;

import java.util.List;

import org.springframework.stereotype.Component;

/** The evidence projection, read by other features (readiness). Always within one institution. */
@Component
public class EvidenceLookup {

    private final EvidenceRepository evidence;

    EvidenceLookup(EvidenceRepository evidence) {
        this.evidence = evidence;
    }

    public List<Evidence> of(String tenant, String facultyId) {
        return evidence.findByTenantAndFacultyIdOrderByOccurredOnDesc(tenant, facultyId);
    }
}
