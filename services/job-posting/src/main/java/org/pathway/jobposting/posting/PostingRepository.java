package org.pathway.jobposting.posting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Admin reads always name the tenant: another institution's posting is simply not found. */
interface PostingRepository extends MongoRepository<Posting, String> {

    Optional<Posting> findByIdAndTenant(String id, String tenant);

    boolean existsByIdAndTenant(String id, String tenant);

    List<Posting> findByTenantOrderByCreatedAtDesc(String tenant, Pageable page);

    List<Posting> findByTenantAndStatusOrderByCreatedAtDesc(String tenant, PostingStatus status, Pageable page);
}
