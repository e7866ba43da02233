package org.pathway.portfolio.export;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface CvSnapshotRepository extends MongoRepository<CvSnapshot, String> {

    Optional<CvSnapshot> findByIdAndTenantAndOwnerId(String id, String tenant, String ownerId);

    List<CvSnapshot> findByTenantAndOwnerIdOrderByCreatedAtDesc(String tenant, String ownerId, Pageable page);

    long countByTenantAndOwnerId(String tenant, String ownerId);
}
