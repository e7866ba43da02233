package org.pathway.portfolio.activity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Every query names the tenant and the owner: there is no way to read an activity without both. */
interface ActivityRepository extends MongoRepository<Activity, String> {

    List<Activity> findByTenantAndOwnerIdOrderByOccurredOnDesc(String tenant, String ownerId);

    Optional<Activity> findByIdAndTenantAndOwnerId(String id, String tenant, String ownerId);
}
