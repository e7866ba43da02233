package org.pathway.portfolio.plan;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Every query names the tenant and the owner; the id itself starts with the tenant too. */
interface PivotPlanRepository extends MongoRepository<PivotPlan, String> {

    Optional<PivotPlan> findByIdAndTenantAndOwnerId(String id, String tenant, String ownerId);
}
