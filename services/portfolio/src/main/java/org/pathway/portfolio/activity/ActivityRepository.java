package org.pathway.portfolio.activity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Every query names the tenant and the owner: there is no way to read an activity without both. Removed activities
 * (tombstones) are never read back.
 */
interface ActivityRepository extends MongoRepository<Activity, String> {

    List<Activity> findByTenantAndOwnerIdAndRemovedAtIsNullOrderByOccurredOnDesc(String tenant, String ownerId);

    Optional<Activity> findByIdAndTenantAndOwnerIdAndRemovedAtIsNull(String id, String tenant, String ownerId);
}
