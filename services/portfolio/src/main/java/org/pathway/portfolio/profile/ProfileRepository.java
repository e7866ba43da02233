package org.pathway.portfolio.profile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Every query names the tenant; the id itself starts with it too. */
interface ProfileRepository extends MongoRepository<Profile, String> {

    Optional<Profile> findByTenantAndUserId(String tenant, String userId);

    boolean existsByTenantAndUserId(String tenant, String userId);

    List<Profile> findByTenantOrderByNameAsc(String tenant, Pageable page);
}
