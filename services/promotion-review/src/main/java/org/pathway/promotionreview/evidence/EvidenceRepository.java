package org.pathway.promotionreview.evidence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface EvidenceRepository extends MongoRepository<Evidence, String> {

    List<Evidence> findByTenantAndFacultyIdOrderByOccurredOnDesc(String tenant, String facultyId);

    Optional<Evidence> findByActivityIdAndTenantAndFacultyId(String activityId, String tenant, String facultyId);
}
